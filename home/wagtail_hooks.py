from wagtail import hooks

from medhum.page_cache import mark_cacheable

# Public pages may be kept for anonymous readers (medhum/page_cache.py decides what is stored).
hooks.register("before_serve_page", mark_cacheable)
