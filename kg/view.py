"""Draw a projected network (kg.network.project) as one self-contained HTML page.

pyvis builds the vis-network node and edge records; the page itself comes
from our own template (kg/view_assets/template.html) because pyvis's
template loads Bootstrap from a CDN and writes `heading` and hover titles
into the page as raw HTML. vis-network and its CSS are inlined from the
copy pyvis ships, so the file opens offline from file://.

Safety: the graph travels as JSON inside a `<script type="application/json">`
(Jinja's `tojson` escapes <, > and &), the template autoescapes, and
view.js writes strings with textContent only. No node or edge gets a vis
`title`: the tooltips are built by view.js.

Graphs above LARGE_GRAPH nodes are laid out here (igraph) and shown with
physics off; smaller ones are laid out by vis-network, which then
switches physics off so that the picture holds still.
"""
from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import igraph
import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from kg.network import ASSETS, edge_types, node_types, style

LARGE_GRAPH = 300  # nodes; above this the layout is computed in Python and physics is off
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
DEFAULT_TITLE = "conflict-kg network"
IMPROVED_LAYOUT_LIMIT = 100  # nodes
PIXELS_PER_UNIT = 120  # igraph places neighbours about one unit apart


def render_html(graph: nx.MultiDiGraph, path: str | Path, title: str = DEFAULT_TITLE) -> Path:
    """Write the interactive view of `graph` to `path` (one offline HTML file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html_page(graph, title), encoding="utf-8")
    return path


def html_page(graph: nx.MultiDiGraph, title: str = DEFAULT_TITLE) -> str:
    large = graph.number_of_nodes() > LARGE_GRAPH
    net = _pyvis_network(graph, _layout(graph) if large else {}, large)
    environment = Environment(loader=FileSystemLoader(ASSETS), autoescape=True)
    return environment.get_template("template.html").render(
        title=title,
        payload=_payload(graph, net),
        vis_css=_inline(VIS_DIR / "vis-network.css", "style"),
        vis_js=_inline(VIS_DIR / "vis-network.min.js", "script"),
        view_css=_inline(ASSETS / "view.css", "style"),
        view_js=_inline(ASSETS / "view.js", "script"),
    )


def _inline(path: Path, element: str) -> Markup:
    """A trusted asset to paste into a <style> or <script> element."""
    text = path.read_text(encoding="utf-8")
    if f"</{element}" in text.lower():
        raise ValueError(f"{path} cannot be inlined: it closes its <{element}> element")
    return Markup(text)


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions in pixels: each connected component laid out by igraph's
    Fruchterman-Reingold (C; grid variant above 1,000 nodes, about a second for
    5,000 nodes where networkx's O(n^2) spring layout takes about a second per
    iteration), then the components packed in rows, largest first, so that
    small ones are not flung to the edges. Seeded, so repeatable."""
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    simple = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()])
    simple.simplify()
    rng = random.Random(7)
    boxes = []
    for members in sorted(simple.connected_components(), key=len, reverse=True):
        component = simple.subgraph(members)
        half = math.sqrt(len(members)) / 2  # igraph's own start: a square of side sqrt(n)
        start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in members]
        layout = component.layout_fruchterman_reingold(niter=500, seed=start, grid="auto")
        layout.translate(*(-low for low in layout.boundaries()[0]))
        boxes.append((members, layout))
    placed = _pack(boxes, row_width=math.sqrt(len(nodes)) * 1.5)
    return {nodes[i]: (x * PIXELS_PER_UNIT, y * PIXELS_PER_UNIT) for i, (x, y) in placed.items()}


def _pack(boxes: list[tuple[list[int], igraph.Layout]], row_width: float) -> dict[int, tuple[float, float]]:
    """Shelf packing: components left to right in rows of about `row_width` units."""
    placed: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for members, layout in boxes:
        width, height = (high + 1.0 for high in layout.boundaries()[1])  # one unit of margin
        if x and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for vertex, (vx, vy) in zip(members, layout.coords):
            placed[vertex] = (x + vx, y + vy)
        x, row_height = x + width, max(row_height, height)
    return placed


def _rgba(color: str, opacity: float) -> str:
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{opacity})"


def _pyvis_network(graph: nx.MultiDiGraph, positions: dict[str, tuple[float, float]], large: bool) -> Network:
    """Nodes and edges in sorted order, so that the same graph gives the same page."""
    net = Network(directed=True, cdn_resources="in_line")
    for node in sorted(graph):
        net.add_node(node, **_vis_node(node, graph.nodes[node], graph.degree(node), positions.get(node)))
    parallel: Counter[tuple[str, str]] = Counter()
    for index, (source, target, key) in enumerate(sorted(graph.edges(keys=True))):
        options = _vis_edge(index, graph.edges[source, target, key])
        pair = (min(source, target), max(source, target))
        if not large:
            options["smooth"] = _curve(parallel[pair], reverse=source != pair[0])
        parallel[pair] += 1
        net.add_edge(source, target, **options)
    return net


def _vis_node(node: str, data: dict[str, Any], degree: int, position: tuple[float, float] | None) -> dict[str, Any]:
    kind = node_types()[data["type"]]
    layer = style()["layers"][data["layer"]]
    options: dict[str, Any] = {
        "label": data["label"], "shape": kind["shape"],
        "color": {"background": kind["color"], "border": "#333333",
                  "highlight": {"background": kind["color"], "border": "#000000"}},
        "borderWidth": layer["border_width"],
        "shapeProperties": {"borderDashes": layer.get("border_dashes", False)},
        "value": 1 + degree + data.get("events", 0), "degree": degree,
        "kgType": data["type"], "layer": data["layer"], "iri": data["iri"], "iso": data.get("iso", ""),
        "role": data.get("role", ""), "represents": data.get("represents", ""),
        "date": data.get("date", ""), "events": data.get("events", 0),
    }
    if position is not None:
        options["x"], options["y"] = position
    return options


def _vis_edge(index: int, data: dict[str, Any]) -> dict[str, Any]:
    kind = edge_types()[data["type"]]
    layer = style()["layers"][data["layer"]]
    options: dict[str, Any] = {
        "id": f"e{index}",
        "color": {"color": _rgba(kind["color"], layer["opacity"]), "highlight": kind["color"],
                  "hover": kind["color"]},
        "dashes": kind["dashes"],
        "arrows": "to" if data["directed"] else {"to": {"enabled": False}},
        "value": data["weight"] + math.log10(1 + data.get("fatalities", 0)),
        "kgType": data["type"], "typeLabel": data["label"], "isDirected": data["directed"],
        "layer": data["layer"], "layers": data["layers"], "events": data["events"],
        "fatalities": data["fatalities"], "start": data["start"], "end": data["end"],
        "facts": [{k: v for k, v in fact.items() if k != "graph"} for fact in data["facts"]],
    }
    if "band" in layer:
        options["background"] = {"enabled": True, "color": layer["band"], "size": 8}
    return options


def _curve(rank: int, reverse: bool) -> dict[str, Any]:
    """Parallel edges between two nodes bend apart instead of overlapping: the
    rank-th edge of a pair bends to alternate sides, further each time. vis bends
    relative to the edge's direction, so an edge drawn against the pair's order
    takes the other side's curve."""
    if rank == 0:
        return {"enabled": True, "type": "continuous", "roundness": 0.0}
    clockwise = (rank % 2 == 1) != reverse
    return {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW", "roundness": 0.2 * ((rank + 1) // 2)}


def _payload(graph: nx.MultiDiGraph, net: Network) -> dict[str, Any]:
    layers = style()["layers"]
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": _options(graph.number_of_nodes()),
        "legend": _legend(graph),
        "typeLabels": {kind: spec["label"] for kind, spec in node_types().items()},
        "layerLabels": {name: spec["label"] for name, spec in layers.items()},
        "dates": _date_span(graph),
    }


def _legend(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    node_counts = Counter(data["type"] for _, data in graph.nodes(data=True))
    edge_counts = Counter(data["type"] for _, _, data in graph.edges(data=True))
    layer_counts = Counter(data["layer"] for _, _, data in graph.edges(data=True))
    layers = style()["layers"]
    return {
        "nodeTypes": [{**spec, "count": node_counts[kind]}
                      for kind, spec in node_types().items() if node_counts[kind]],
        "edgeTypes": [{**spec, "count": edge_counts[kind]}
                      for kind, spec in edge_types().items() if edge_counts[kind]],
        "layers": [{"layer": name, "label": spec["label"], "count": layer_counts[name],
                    "color": spec.get("band", _rgba("#333333", spec["opacity"])), "dashes": None}
                   for name, spec in layers.items() if layer_counts[name]],
    }


def _date_span(graph: nx.MultiDiGraph) -> dict[str, str] | None:
    days: defaultdict[str, list[str]] = defaultdict(list)
    for _, _, data in graph.edges(data=True):
        for fact in data["facts"]:
            if fact["start"]:
                days["start"].append(fact["start"])
                days["end"].append(fact["end"] or fact["start"])
    if not days:
        return None
    return {"min": min(days["start"]), "max": max(days["end"])}


def _options(nodes: int) -> dict[str, Any]:
    """vis-network options; large graphs arrive laid out and skip costly drawing extras."""
    large = nodes > LARGE_GRAPH
    return {
        "autoResize": True,
        "nodes": {
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            # labels of big graphs appear once zoomed in far enough to read them
            "scaling": {"min": 8, "max": 36,
                        "label": {"enabled": True, "min": 12, "max": 22, "drawThreshold": 10 if large else 6}},
        },
        "edges": {
            "scaling": {"min": 1, "max": 8},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.0},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large, "multiselect": True},
        "physics": {
            "enabled": not large,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 130, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 250, "fit": True},
        },
        # vis-network's own advice: its improved initial layout is for small graphs only
        "layout": {"improvedLayout": nodes <= IMPROVED_LAYOUT_LIMIT, "randomSeed": 7},
    }
