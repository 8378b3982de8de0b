"""rusinfo: norsk oppslagsverk og selvtest om narkotikaavhengighet i terminalen."""

__version__ = "0.1.0"
