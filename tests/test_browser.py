"""The site as a reader sees it: headless Chromium drives the real Datasette server.

Screenshots land in build/screenshots/ for people to look at. Without Chromium this skips,
except in CI (CI set), where it must run.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from newsfacts import database, site
from site_sample import populate

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "build" / "screenshots"
# The machine has no network: keep Chromium from trying to reach anything but the test server.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--window-size=1280,1400", "--virtual-time-budget=8000",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    message = "Chromium is not installed; install Debian's package to run the browser test: sudo apt-get update && sudo apt-get install -y chromium"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(chromium, seed_package, tmp_path_factory):
    """datasette serve on a free localhost port, configured as `make serve` configures it."""
    folder = tmp_path_factory.mktemp("browser")
    facts = populate(seed_package, folder / "package")
    db_path = database.build_database(facts["descriptor"], folder / "newsfacts.db")
    metadata = site.write_metadata(facts["descriptor"], folder / "metadata.json")
    port = _free_port()
    settings = [arg for name, value in site.SETTINGS.items() for arg in ("--setting", name, str(value))]
    command = [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--metadata", str(metadata),
               "--template-dir", str(site.TEMPLATES_DIR), "--host", "127.0.0.1", "--port", str(port), *settings]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"datasette did not start: {process.stderr.read()}")
            time.sleep(0.3)
    yield base, facts
    process.terminate()
    process.wait(timeout=10)


def browse(chromium: str, url: str, name: str) -> str:
    """The page's DOM after its scripts ran; saves build/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screenshot = SCREENSHOTS / f"{name}.png"
    screenshot.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={screenshot}", "--dump-dom", url],
            capture_output=True, text=True, timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return result.stdout


def test_home_page_explains_the_data_and_how_to_cite_it(chromium, server):
    base, facts = server
    page = browse(chromium, base + "/", "home")
    assert "How to cite this version" in page and "Creative Commons Attribution 4.0" in page
    assert "Who said what about whom" in page and "Events over time" in page
    assert 'href="/newsfacts/quotes"' in page


def test_table_page_shows_speakers_by_name_with_facets(chromium, server):
    base, facts = server
    page = browse(chromium, base + "/newsfacts/quotes", "table-quotes")
    assert f'href="/newsfacts/entities/{facts["speaker_id"]}">{facts["speaker"]}</a>' in page
    assert "2 rows" in page and "What each column means" in page
    assert 'id="facet-kind"' in page and 'id="facet-cue"' in page


def test_entity_page_links_to_its_mentions_quotes_and_events(chromium, server):
    base, facts = server
    page = browse(chromium, f"{base}/newsfacts/entities/{facts['speaker_id']}", "entity")
    assert f"About {facts['speaker']}" in page and f"Whom {facts['speaker']} met" in page
    assert "Links from other tables" in page
    for link in ("entity_id in mentions", "speaker_entity_id in quotes", "entity_id in event_participants"):
        assert link in page, link


def test_search_finds_the_articles_that_name_an_entity(chromium, server):
    base, facts = server
    page = browse(chromium, f"{base}/newsfacts/articles?_search={quote(facts['about'])}", "search")
    assert f'2 rows where search matches "{facts["about"]}"' in page
    assert all(article_id in page for article_id in facts["articles"])


def test_events_timeline_chart_draws_without_the_internet(chromium, server):
    base, facts = server
    page = browse(chromium, base + "/-/dashboards/events", "chart-events")
    # Vega-Lite renders into SVG with an accessible label per bar: proof the chart drew.
    assert 'aria-label="Timeline of news events dated to the day, by type"' in page
    assert "Event type: CONSULT" in page and "Event type: ASSAULT" in page
