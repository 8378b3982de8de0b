"""Everything the user sees on screen is set here, with Rich; no module outside this package imports Rich.

screen.py makes the console and holds the pieces every page is built from. The other modules
are one family of pages each: article.py (sections and substance classes), overview.py (the
overview, `akutt` and `kilder`), screening.py, checklist.py and search.py. What a page says is
decided by the domain and the data; these modules only set it on screen.
"""
