"""Test-wide setup: offscreen Qt and a throwaway home for settings and logs."""

from __future__ import annotations

import os
import tempfile

pytest_plugins = ("tests.postgres",)

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = tempfile.mkdtemp(prefix="reliability-desk-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())

# The language follows the locale; tests that want Korean say so (--lang, lang=, or env).
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "en_US.UTF-8"
