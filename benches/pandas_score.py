#!/usr/bin/env python3
"""The equivalent of `pilares score --format csv` in vectorised pandas, for comparison:
per assessment and pillar, the weighted mean level of answered questions (SPEC §4), the
percent, the counts, and the overall row. Reads the framework's weights from the RON file
with a regular expression (good enough for the benchmark framework).

Usage: python3 benches/pandas_score.py FRAMEWORK.ron LONG.csv > scores.csv
"""
import re
import sys

import pandas as pd

fw_text = open(sys.argv[1]).read()
pillar_w = {m[0]: float(m[1]) for m in re.findall(r'\(id: "(p\d+)", name: \{[^}]*\}, weight: ([\d.]+)', fw_text)}
question_w = {m[0]: float(m[1]) for m in re.findall(r'\(id: "(p\d+-q\d+)", text: \{[^}]*\}, weight: ([\d.]+)', fw_text)}
lo, hi = 1, 4

df = pd.read_csv(sys.argv[2], usecols=["assessment", "pillar_id", "question_id", "level", "not_applicable"],
                 dtype={"assessment": "category", "pillar_id": "category", "question_id": "category", "level": "string"},
                 keep_default_na=False)
df["na"] = (df["level"] == "NA") | (df["not_applicable"].astype(str).str.lower() == "true")
df["lv"] = pd.to_numeric(df["level"], errors="coerce")
df["answered"] = df["lv"].notna() & ~df["na"]
df["w"] = df["question_id"].map(question_w).astype(float)
df["wl"] = df["w"] * df["lv"].where(df["answered"], 0.0)
df["wa"] = df["w"].where(df["answered"], 0.0)
g = df.groupby(["assessment", "pillar_id"], observed=True, sort=False).agg(
    answered=("answered", "sum"), not_applicable=("na", "sum"), total=("question_id", "size"),
    wl=("wl", "sum"), wa=("wa", "sum"))
g["score"] = (g["wl"] / g["wa"]).where(g["wa"] > 0)
g["percent"] = (g["score"] - lo) / (hi - lo) * 100
g = g.reset_index()
g["pw"] = g["pillar_id"].map(pillar_w).astype(float)
g["pws"] = (g["pw"] * g["score"]).where(g["score"].notna(), 0.0)
g["pwp"] = (g["pw"] * g["percent"]).where(g["score"].notna(), 0.0)
g["pwa"] = g["pw"].where(g["score"].notna(), 0.0)
o = g.groupby("assessment", observed=True, sort=False).agg(
    answered=("answered", "sum"), not_applicable=("not_applicable", "sum"), total=("total", "sum"),
    pws=("pws", "sum"), pwp=("pwp", "sum"), pwa=("pwa", "sum")).reset_index()
o["pillar_id"] = "overall"
o["score"] = (o["pws"] / o["pwa"]).where(o["pwa"] > 0)
o["percent"] = (o["pwp"] / o["pwa"]).where(o["pwa"] > 0)
cols = ["assessment", "pillar_id", "answered", "not_applicable", "total", "score", "percent"]
out = pd.concat([g[cols], o[cols]])
out.to_csv(sys.stdout, index=False, float_format="%.2f")
