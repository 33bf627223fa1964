"""gunicorn for MedHum Commons: `gunicorn -c gunicorn.conf.py medhum.wsgi`, settings from the environment.

App servers keep no state of their own (sessions and cached pages in Redis, data in PostgreSQL, media
on shared storage), so as many as needed run side by side, on one machine or several.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# Rendering a page is CPU work in Python: one worker a core, more only where requests wait on I/O.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# A worker restarts after this many requests, so that no slow leak outlives a day of use.
max_requests = 2000
max_requests_jitter = 200
# Several servers may share a machine: gunicorn's control socket has one default path for all of them.
control_socket_disable = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
