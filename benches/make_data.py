#!/usr/bin/env python3
"""Writes the benchmark data: a framework of 8 pillars x 6 questions (48) and a long CSV of
10,000 assessments of it (480,000 rows), as a regional observatory would have.

Usage: python3 benches/make_data.py OUT_DIR [ASSESSMENTS]
"""
import csv
import os
import random
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
os.makedirs(out, exist_ok=True)
random.seed(2026)

PILLARS, QUESTIONS = 8, 6
lines = ['Framework(', '    id: "bench-48",', '    version: "1.0.0",',
         '    name: {"en": "Benchmark framework"},', '    scale: [']
for v, name in enumerate(["Latent", "Emerging", "Established", "Advanced"], start=1):
    lines.append(f'        (value: {v}, label: {{"en": "{name}"}}),')
lines.append('    ],')
lines.append('    pillars: [')
for p in range(PILLARS):
    lines.append(f'        (id: "p{p}", name: {{"en": "Pillar {p}"}}, weight: {1 + p % 3}.0, questions: [')
    for q in range(QUESTIONS):
        lines.append(f'            (id: "p{p}-q{q}", text: {{"en": "Question {q} of pillar {p}"}}, weight: {1 + q % 2}.0),')
    lines.append('        ]),')
lines.append('    ],')
lines.append(')')
with open(os.path.join(out, "bench-48.ron"), "w") as f:
    f.write("\n".join(lines) + "\n")

labels = ["Latent", "Emerging", "Established", "Advanced"]
with open(os.path.join(out, "long-10k.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["assessment", "country", "date", "framework_id", "framework_version",
                "pillar_id", "question_id", "level", "level_label", "not_applicable", "note"])
    for a in range(count):
        label = f"School network {a:05d}"
        for p in range(PILLARS):
            for q in range(QUESTIONS):
                r = random.random()
                if r < 0.05:
                    level, lab, na = "NA", "", "true"
                elif r < 0.10:
                    level, lab, na = "", "", "false"
                else:
                    v = random.randint(1, 4)
                    level, lab, na = str(v), labels[v - 1], "false"
                note = "evidence, \"quoted\"" if r > 0.97 else ""
                w.writerow([label, "Country", "2026-02-26", "bench-48", "1.0.0",
                            f"p{p}", f"p{p}-q{q}", level, lab, na, note])
print(f"wrote {out}/bench-48.ron and {out}/long-10k.csv ({count * PILLARS * QUESTIONS} rows)")
