#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 for the demo and the tests until stopped.

usage: static-server.py PORT DIR [POLICY]
POLICY, when given, is sent as the Content-Security-Policy of every response (the widget's pages
are served with the strict policy of docs/embedding.md, so a violation shows in every test).
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with the right wasm type, no caching, the given policy and no request log."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    def __init__(self, *args, policy=None, **kwargs):
        self.policy = policy
        super().__init__(*args, **kwargs)

    def end_headers(self):
        if self.policy:
            self.send_header("Content-Security-Policy", self.policy)
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    port, folder = int(sys.argv[1]), sys.argv[2]
    policy = sys.argv[3] if len(sys.argv) == 4 else None
    handler = functools.partial(Handler, directory=folder, policy=policy)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()


if __name__ == "__main__":
    main()
