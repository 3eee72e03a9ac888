#!/usr/bin/env python3
"""Writes example-leernetwerken.csv: the bundled example export that the README scores.

Deterministic (fixed seed). Three learning networks, all five perspectives, two waves,
some "Weet niet", a few empty cells, one fully empty row, and a free-text comment with a
comma and a line break. Generic layout: the header of `liso questionnaire --format csv`
plus a comment column. Run from this folder: python3 make-example.py
"""
import csv
import random

random.seed(20231)
ELEMENTS = ["cc", "ln", "org", "syn", "res", "mle", "imp", "pha"]
REVERSE = {"cc-5", "ln-1", "org-5", "res-5", "mle-5"}
ITEMS = [f"{e}-{i}" for e in ELEMENTS for i in range(1, 6)]
PERSPECTIVES = ["Beleid", "Onderwijs", "Praktijk", "Onderzoek", "Gezinnen"]
NETWORKS = {
    # name: (size per wave, phase, element levels in wave 1, gain by wave 2, perspective weights)
    "Focus op Vaderschap": (14, "Onderhoud", [4.1, 3.9, 3.2, 3.7, 3.1, 2.8, 2.6, 3.4], 0.3, [2, 2, 5, 2, 3]),
    "Kwetsbare gezinnen": (18, "Institutionaliseren", [4.2, 4.0, 3.8, 3.9, 3.6, 3.3, 3.0, 3.7], 0.1, [4, 3, 6, 2, 3]),
    "Integraal werken": (9, "Formeren", [3.6, 3.2, 2.7, 3.0, 2.6, 2.5, 2.3, 2.9], 0.4, [3, 1, 3, 1, 1]),
}
COMMENTS = [
    "",
    "",
    "",
    "Goede bijeenkomsten, maar te weinig tijd",
    "Meer aandacht voor ouders graag",
]


def clamp(x):
    return max(1, min(5, round(x)))


rows = []
respondent = 1000
for wave_index, wave in enumerate(["2025-voorjaar", "2025-najaar"]):
    for network, (size, phase, levels, gain, weights) in NETWORKS.items():
        perspectives = random.choices(PERSPECTIVES, weights=weights, k=size)
        for person in range(size):
            respondent += 1
            role = "Trekker" if person == 0 else ("Coördinator" if person == 1 else
                   ("Visiegroep" if person in (2, 3) else "Lid"))
            personal = random.gauss(0, 0.45)
            perspective_shift = {"Gezinnen": -0.5, "Beleid": 0.3}.get(perspectives[person], 0.0)
            trekker_shift = 0.4 if role == "Trekker" else 0.0
            row = {
                "respondent": str(respondent),
                "network": network,
                "perspective": perspectives[person],
                "role": role,
                "phase": phase if random.random() > 0.15 else "Formeren",
                "wave": wave,
            }
            for item in ITEMS:
                element = ELEMENTS.index(item.split("-")[0])
                level = levels[element] + gain * wave_index + personal + perspective_shift + trekker_shift
                value = clamp(random.gauss(level, 0.7))
                if item in REVERSE:
                    value = 6 - value
                draw = random.random()
                if draw < 0.04:
                    row[item] = "Weet niet"
                elif draw < 0.06:
                    row[item] = ""
                else:
                    row[item] = str(value)
            row["opmerking"] = random.choice(COMMENTS)
            rows.append(row)

rows[7]["opmerking"] = "Fijn netwerk, veel geleerd.\nVolgend jaar graag meer over implementatie"
rows[20]["org-2"] = "Mee eens"
rows[21]["syn-3"] = "Helemaal mee eens"
rows.insert(30, {key: "" for key in rows[0]})

header = ["respondent", "network", "perspective", "role", "phase", "wave"] + ITEMS + ["opmerking"]
with open("example-leernetwerken.csv", "w", newline="", encoding="utf-8") as handle:
    writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
print(f"wrote {len(rows)} rows")
