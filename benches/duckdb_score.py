#!/usr/bin/env python3
"""The equivalent of `pilares score --format csv` as one DuckDB SQL query, for comparison (DuckDB
uses every core): per assessment and pillar, the weighted mean level of answered questions
(SPEC §4), the percent and the counts, then the overall row. Reads the framework's weights from
the RON file with a regular expression (good enough for the benchmark framework).

Usage: python3 benches/duckdb_score.py FRAMEWORK.ron LONG.csv > scores.csv
"""
import re
import sys

import duckdb

fw_text = open(sys.argv[1]).read()
pillars = re.findall(r'\(id: "(p\d+)", name: \{[^}]*\}, weight: ([\d.]+)', fw_text)
questions = re.findall(r'\(id: "(p\d+-q\d+)", text: \{[^}]*\}, weight: ([\d.]+)', fw_text)
con = duckdb.connect()
con.execute("CREATE TABLE pw (pillar_id VARCHAR, pw DOUBLE)")
con.executemany("INSERT INTO pw VALUES (?, ?)", [(p, float(w)) for p, w in pillars])
con.execute("CREATE TABLE qw (question_id VARCHAR, w DOUBLE)")
con.executemany("INSERT INTO qw VALUES (?, ?)", [(q, float(w)) for q, w in questions])
lo, hi = 1, 4
query = f"""
WITH rows AS (
  SELECT assessment, pillar_id, question_id,
         (level = 'NA' OR lower(CAST(not_applicable AS VARCHAR)) = 'true') AS na,
         TRY_CAST(level AS DOUBLE) AS lv
  FROM read_csv('{sys.argv[2]}', header = true, all_varchar = true)
), p AS (
  SELECT r.assessment, r.pillar_id, min(rowid_) AS first_,
         sum(CASE WHEN r.lv IS NOT NULL AND NOT r.na THEN 1 ELSE 0 END) AS answered,
         sum(CASE WHEN r.na THEN 1 ELSE 0 END) AS not_applicable,
         count(*) AS total,
         sum(CASE WHEN r.lv IS NOT NULL AND NOT r.na THEN q.w * r.lv ELSE 0 END)
           / nullif(sum(CASE WHEN r.lv IS NOT NULL AND NOT r.na THEN q.w ELSE 0 END), 0) AS score
  FROM (SELECT *, row_number() OVER () AS rowid_ FROM rows) r JOIN qw q USING (question_id)
  GROUP BY r.assessment, r.pillar_id
), o AS (
  SELECT p.assessment, 'overall' AS pillar_id, min(first_) AS first_,
         sum(answered) AS answered, sum(not_applicable) AS not_applicable, sum(total) AS total,
         sum(CASE WHEN score IS NOT NULL THEN pw * score END)
           / nullif(sum(CASE WHEN score IS NOT NULL THEN pw END), 0) AS score
  FROM p JOIN pw USING (pillar_id) GROUP BY p.assessment
)
SELECT assessment, pillar_id, answered, not_applicable, total,
       printf('%.2f', score) AS score, printf('%.2f', (score - {lo}) / ({hi} - {lo}) * 100) AS percent
FROM (SELECT *, 0 AS k FROM p UNION ALL SELECT *, 1 AS k FROM o) x
ORDER BY min(first_) OVER (PARTITION BY assessment), k, first_
"""
con.execute(f"COPY ({query}) TO '/dev/stdout' (HEADER, DELIMITER ',')")
