"""Refresh the README's pictures: start the site with the demo library, photograph it in Chromium.

Run with `make screenshots` (which sets up the site and the browser first).
"""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.chromium import CHROMIUM, CHROMIUM_ARGS
from scripts.servers import free_port

BASE_DIR = Path(__file__).resolve().parent.parent
OUTPUT = BASE_DIR / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

SHOTS = [
    ("home-en-desktop.png", "/en/", DESKTOP, "light", None),
    ("library-fr-desktop.png", "/fr/library/", DESKTOP, "light", None),
    (
        "lesson-en-desktop.png",
        "/en/library/ottawa/breaking-bad-news-with-empathy/",
        DESKTOP,
        "light",
        ".lesson-list__title",
    ),
    (
        "lesson-zh-phone.png",
        "/zh-hans/library/sjtu/yihuan-goutong-zhong-de-gongqing/",
        PHONE,
        "light",
        ".lesson-list__title",
    ),
    ("module-zh-phone-dark.png", "/zh-hans/library/shutcm/dayi-jingcheng/", PHONE, "dark", None),
]


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"The site did not answer at {url}")


def main():
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "medhum.settings.dev"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"{base}/healthz")
        OUTPUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, path, viewport, scheme, follow in SHOTS:
                page = browser.new_page(viewport=viewport, color_scheme=scheme, device_scale_factor=1)
                page.goto(base + path)
                if follow:  # open the first lesson of the module
                    page.locator(follow).first.click()
                    page.wait_for_load_state()
                page.screenshot(path=OUTPUT / name)
                print(f"{OUTPUT / name}  ({page.url.removeprefix(base)})")
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
