"""The filter bar in headless Chromium: how long one filter change takes, and page weight.

    python bench/bench_browser.py [N]     (default: 1000)

Builds a synthetic site of N designs with arch-cards, serves it on 127.0.0.1, and in Debian's
/usr/bin/chromium times 40 filter changes (a tag toggle and a text query, each including the
forced style and layout of the grid), reporting median and 95th percentile. Also prints the
Architecture page's size, raw and gzip-compressed (level 6, what web servers commonly use).
"""

from __future__ import annotations

import gzip
import os
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent

# One change, as a reader makes it, then the browser's style and layout work, forced now.
MEASURE = """async ([selector, kind]) => {
  const times = [];
  const input = document.querySelector("input[name=text]");
  if (kind === "narrow") input.value = "";
  const button = selector ? document.querySelector(selector) : null;
  for (let i = 0; i < 40; i++) {
    const start = performance.now();
    if (kind === "tag") button.click();
    else {
      const words = kind === "narrow" ? ["ledger", "queue"] : ["service", ""];
      input.value = words[i % 2];
      input.dispatchEvent(new Event("input"));
    }
    document.body.offsetHeight;
    const frame = performance.now() - start;
    // Cards below the first screen come in over the next frames: time until all are back.
    while (document.querySelector("[data-arch-pending]")) {
      await new Promise(requestAnimationFrame);
    }
    times.push([frame, performance.now() - start]);
    await new Promise(requestAnimationFrame);
  }
  return times;
}"""


# The toggle that shows the most cards is the costliest to show and hide.
MOST_USED_TAG = """() => {
  const count = (b) => Number(b.querySelector(".arch-filter__count").textContent);
  const buttons = [...document.querySelectorAll("button[data-facet=tags]")];
  return buttons.sort((a, b) => count(b) - count(a))[0].dataset.value;
}"""


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        subprocess.run(
            [sys.executable, str(HERE / "gen_site.py"), tmp, str(n), "--plugin"], check=True
        )
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml")],
            check=True,
            env=env,
        )
        page_file = site / "site" / "architecture" / "index.html"
        raw = page_file.read_bytes()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "http.server",
                str(port),
                "--bind",
                "127.0.0.1",
                "--directory",
                str(site / "site"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path="/usr/bin/chromium", args=["--disable-gpu", "--disable-quic"]
                )
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/architecture/")
                page.wait_for_selector(".arch-filter:not([hidden])")
                tag = page.evaluate(MOST_USED_TAG)
                results = {
                    "a tag on and off (most used tag; shows every card again)": page.evaluate(
                        MEASURE, [f"button[data-value='{tag}']", "tag"]
                    ),
                    "a text query on and off (shows every card again)": page.evaluate(
                        MEASURE, ["", "text"]
                    ),
                }
                page.evaluate("() => { document.querySelector('[data-arch-clear]').click(); }")
                page.locator(f"button[data-value='{tag}']").click()
                results["narrowing a filtered grid: one text query for another"] = page.evaluate(
                    MEASURE, ["", "narrow"]
                )
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=5)
    print(
        f"Architecture page, {n:,} designs: {len(raw) / 1024:,.0f} KiB raw, "
        f"{len(gzip.compress(raw, compresslevel=6)) / 1024:,.0f} KiB gzip"
    )
    print("| change | first frame, median | 95th percentile | every card in place, median |")
    print("| --- | ---: | ---: | ---: |")
    for name, pairs in results.items():
        frames = sorted(frame for frame, _ in pairs)
        done = statistics.median(total for _, total in pairs)
        p95 = frames[int(len(frames) * 0.95) - 1]
        print(f"| {name} | {statistics.median(frames):.1f} ms | {p95:.1f} ms | {done:.0f} ms |")


if __name__ == "__main__":
    main()
