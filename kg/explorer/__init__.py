"""The relation-graph explorer: one offline HTML page (graph, filters, timeline, sentences).

`data` reads actors and events from any source, `layout` places the actors, `page` writes the file;
the page's script and style are package data in `assets/`.
"""
from .data import Cut, EventData, collect, keep_top
from .page import payload, render, write_explorer

__all__ = ["Cut", "EventData", "collect", "keep_top", "payload", "render", "write_explorer"]
