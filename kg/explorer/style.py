"""Colours and names shared by the explorer page and the matplotlib pictures, in English and French.

CAMEO roots are coloured by family: cooperation in blues (verbal) and greens (material), verbal
conflict in oranges and purples, material conflict in reds darkening towards mass violence.
"""
from __future__ import annotations

TYPE_COLOURS = {"Person": "#4c72b0", "Organization": "#55a868", "Country": "#c44e52", "Place": "#8172b2"}
OTHER_COLOUR = "#888888"
ROOT_COLOURS = {
    "01": "#9e9e9e", "02": "#6baed6", "03": "#3182bd", "04": "#08519c", "05": "#17becf",
    "06": "#74c476", "07": "#31a354", "08": "#006d2c", "09": "#bcbd22", "10": "#fdae6b",
    "11": "#fd8d3c", "12": "#e6550d", "13": "#9467bd", "14": "#e377c2", "15": "#8c564b",
    "16": "#d6616b", "17": "#ad494a", "18": "#d62728", "19": "#a50f15", "20": "#3b0000",
}
TYPE_NAMES = {
    "en": {"Person": "Person", "Organization": "Organisation", "Country": "Country", "Place": "Place"},
    "fr": {"Person": "Personne", "Organization": "Organisation", "Country": "Pays", "Place": "Lieu"},
}
FACTUALITY_NAMES = {  # as ontology/news-kg.ttl labels them
    "en": {"asserted": "asserted", "reported": "reported", "future": "future", "hypothetical": "hypothetical",
           "negated": "negated"},
    "fr": {"asserted": "affirmé", "reported": "rapporté", "future": "futur", "hypothetical": "hypothétique",
           "negated": "nié"},
}


def root_colour(root: str) -> str:
    return ROOT_COLOURS.get(root, OTHER_COLOUR)


def type_colour(type_: str) -> str:
    return TYPE_COLOURS.get(type_, OTHER_COLOUR)
