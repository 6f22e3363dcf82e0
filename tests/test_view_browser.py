"""The network view in a real browser: Debian's headless chromium driven by its chromedriver.

Pages load from file:// with the network switched off (a dead proxy and
DevTools' offline mode), so anything the page tried to fetch would fail and
show up as a console error.
"""
from __future__ import annotations

import io
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.namespaces import ID
from kg.network import project
from kg.store import open_store
from kg.view import render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FIXTURE = Path(__file__).parent / "fixtures" / "view_fixture.trig"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_1825697cf85d7d4d.txt"
HOSTILE_GROUP = ID + "org/HOSTILE"
HOSTILE_PERSON = ID + "person/hostile"

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)", allow_module_level=True)

from PIL import Image  # noqa: E402  (test extra; imported after the skip)
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def driver():
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
                 "--proxy-server=127.0.0.1:9", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.emulateNetworkConditions",
                            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


def open_page(browser, path: Path) -> list[dict]:
    """Load the page, wait until its layout holds still, return the console messages."""
    browser.get_log("browser")  # drop messages of earlier pages
    browser.get(path.as_uri())
    WebDriverWait(browser, 60).until(lambda b: b.execute_script("return !!(window.kgView && window.kgView.stable)"))
    return browser.get_log("browser")


def drawn(browser) -> tuple[set[str], list[tuple[str, str, str]]]:
    nodes = browser.execute_script("return kgView.nodesView.getIds()")
    edges = browser.execute_script("return kgView.edgesView.get().map(e => [e.from, e.to, e.kgType])")
    return set(nodes), sorted(map(tuple, edges))


def projected(graph) -> tuple[set[str], list[tuple[str, str, str]]]:
    return set(graph.nodes), sorted(graph.edges(keys=True))


def click_node(browser, node_id: str) -> None:
    """A real mouse click on a node, at the place vis-network drew it."""
    x, y = browser.execute_script(
        "var n = kgView.network, p = n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];", node_id)
    canvas = browser.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)).click().perform()


CLICKABLE_POINT_JS = """
var n = kgView.network, e = n.body.edges[arguments[0]];
var via = e.edgeType.getViaNode ? e.edgeType.getViaNode() : undefined;
for (var t of [0.5, 0.6, 0.4, 0.7, 0.3, 0.8, 0.2]) {
  var p = n.canvasToDOM(e.edgeType.getPoint(t, via));
  if (n.getNodeAt(p) === undefined && n.getEdgeAt(p) === arguments[0]) { return [p.x, p.y]; }
}
return null;
"""


def click_edge(browser, edge_id: str) -> None:
    """A real mouse click on an edge, at a point of it (vis-network's own geometry)
    that no node covers and where vis finds this edge first."""
    point = browser.execute_script(CLICKABLE_POINT_JS, edge_id)
    assert point is not None, f"no clickable point on edge {edge_id}"
    x, y = point
    canvas = browser.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)).click().perform()


def details_text(browser) -> str:
    return browser.find_element(By.ID, "kg-details").text


def set_slider(browser, slider_id: str, day: str) -> None:
    browser.execute_script(
        "var s = document.getElementById(arguments[0]);"
        "var first = Date.parse(kgView.payloadDates.min + 'T00:00:00Z');"
        "s.value = String(Math.round((Date.parse(arguments[1] + 'T00:00:00Z') - first) / 86400000));"
        "s.dispatchEvent(new Event('input'));", slider_id, day)


# ---------------------------------------------------------------- the fixture's page


@pytest.fixture(scope="module")
def fixture_page(tmp_path_factory):
    store = open_store(":memory:")
    store.add_quads(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    graph = project(store, kind="all", persons=True)
    path = render_html(graph, tmp_path_factory.mktemp("view") / "fixture.html",
                       title="fixture <script>window.__xss=1</script>")
    return graph, path


@pytest.fixture()
def page(driver, fixture_page):
    graph, path = fixture_page
    messages = open_page(driver, path)
    return graph, messages


def test_offline_page_loads_without_console_errors(page):
    _, messages = page
    assert [m for m in messages if m["level"] in ("SEVERE", "WARNING")] == []


def test_drawn_nodes_and_edges_equal_the_projection(driver, page):
    graph, _ = page
    assert drawn(driver) == projected(graph)
    assert driver.find_element(By.ID, "kg-counts").text == (
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


def test_hostile_names_run_nothing_and_show_as_text(driver, page):
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    assert driver.title == "fixture <script>window.__xss=1</script>"
    click_node(driver, HOSTILE_GROUP)
    assert details_text(driver).startswith("<script>alert(1)</script>")
    assert "armed clash: <img src=x onerror=alert(1)>" in details_text(driver)
    assert driver.find_elements(By.CSS_SELECTOR, "#kg-details *:is(script, img)") == []
    edge = driver.execute_script(
        "return kgView.edges.get({filter: e => e.kgType === 'clash' && e.to.endsWith('state/AZE')"
        " && e.from.endsWith('state/ARM')})[0].id")
    click_edge(driver, edge)
    text = details_text(driver)
    assert text.startswith("armed clash: Armenia — Azerbaijan")
    assert "killed </script><script>window.__xss=1</script>." in text
    assert "\u201cBorder fighting <b>flares</b> again\u201d (2022-09-14)" in text
    assert driver.execute_script("return typeof window.__xss") == "undefined"


def test_hover_shows_a_tooltip_built_from_text(driver, page):
    x, y = driver.execute_script(
        "var n = kgView.network, p = n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];", HOSTILE_PERSON)
    canvas = driver.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - canvas.size["width"] / 2), int(y - canvas.size["height"] / 2)).perform()
    tooltip = driver.find_element(By.ID, "kg-tooltip")
    WebDriverWait(driver, 10).until(lambda _: tooltip.is_displayed())
    assert tooltip.text.startswith("<img src=x onerror=alert(1)>")
    assert "represents: Azerbaijan" in tooltip.text
    assert driver.find_elements(By.CSS_SELECTOR, "#kg-tooltip img") == []


def test_edge_type_filter_hides_and_restores(driver, page):
    graph, _ = page
    checkbox = driver.find_element(By.CSS_SELECTOR, "#kg-edge-filters input[value='clash']")
    checkbox.click()
    nodes, edges = drawn(driver)
    assert {kind for _, _, kind in edges} == {k for _, _, k in graph.edges(keys=True)} - {"clash"}
    assert HOSTILE_GROUP not in nodes  # its only relation is a clash
    checkbox.click()
    assert drawn(driver) == projected(graph)


def test_layer_filter_hides_reference_facts(driver, page):
    graph, _ = page
    driver.find_element(By.CSS_SELECTOR, "#kg-layer-filters input[value='reference']").click()
    layers = driver.execute_script("return kgView.edgesView.get().map(e => e.layer)")
    assert set(layers) == {"extracted", "inferred"}
    assert len(layers) == sum(1 for *_, d in graph.edges(data=True) if d["layer"] != "reference")


def test_date_slider_keeps_facts_in_range(driver, page):
    set_slider(driver, "kg-date-from", "2021-01-01")
    assert driver.find_element(By.ID, "kg-date-from-label").text == "2021-01-01"
    _, edges = drawn(driver)
    kinds = {kind for _, _, kind in edges}
    assert "war" not in kinds and "ceasefire" not in kinds  # both over in 2020
    assert {"clash", "aid_request", "membership"} <= kinds  # memberships are still in force
    set_slider(driver, "kg-date-to", "2021-12-31")
    _, edges = drawn(driver)
    assert {kind for _, _, kind in edges if kind != "represents"} == {"clash", "membership", "treaty_party"}


def test_search_selects_matching_nodes(driver, page):
    box = driver.find_element(By.ID, "kg-search")
    box.send_keys("armen")
    assert driver.execute_script("return kgView.network.getSelectedNodes()") == [ID + "state/ARM"]
    assert driver.find_element(By.ID, "kg-search-result").text == "1 match"
    box.clear()
    box.send_keys("<script>")
    assert driver.execute_script("return kgView.network.getSelectedNodes()") == [HOSTILE_GROUP]
    box.clear()
    box.send_keys("nobody by that name")
    assert driver.find_element(By.ID, "kg-search-result").text == "0 matches"


def test_screenshot_is_not_blank(driver, page):
    image = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    canvas = driver.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    box = canvas.location["x"], canvas.location["y"], canvas.location["x"] + canvas.size["width"], \
        canvas.location["y"] + canvas.size["height"]
    colours = image.crop(box).getcolors(maxcolors=1_000_000)
    assert len(colours) > 50  # nodes, edges and labels drawn, not an empty canvas


def test_empty_network_says_so(driver, tmp_path):
    path = render_html(project(open_store(":memory:"), kind="all"), tmp_path / "empty.html")
    messages = open_page(driver, path)
    assert [m for m in messages if m["level"] in ("SEVERE", "WARNING")] == []
    assert drawn(driver) == (set(), [])
    assert details_text(driver).startswith("Nothing to draw")


# ---------------------------------------------------------------- the seed article


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside the checkout")
def test_seed_view_shows_the_crisis_offline_with_sources(driver, tmp_path):
    from kg import api

    store = api.open_store(":memory:")
    api.ensure_reference(store)
    api.ingest(store, [SEED])
    graph = project(store, kind="all", focus="ARM", as_of=date(2022, 9, 14))
    path = render_html(graph, tmp_path / "seed.html", title="seed")
    messages = open_page(driver, path)
    assert [m for m in messages if m["level"] == "SEVERE"] == []
    assert drawn(driver) == projected(graph)
    edge = driver.execute_script(
        "return kgView.edges.get({filter: e => e.kgType === 'aid_request' && e.to.endsWith('state/RUS')})[0].id")
    click_edge(driver, edge)
    text = details_text(driver)
    assert text.startswith("aid request: Armenia → Russia")
    assert "AidRequest 2022-09-13" in text
    assert driver.find_elements(By.CSS_SELECTOR, "#kg-details blockquote")  # the source sentences
