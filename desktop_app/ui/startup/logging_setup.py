"""The app's log file, in the platform's user log folder (platformdirs)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from desktop_app import APP_NAME, ORG_NAME

LOG_FILE_NAME = "reliability-desk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, ORG_NAME))


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the ``desktop_app`` loggers to a rotating file; return the file's path.

    Calling it again is harmless: the handler is added once per file.
    """
    path = log_dir() / LOG_FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("desktop_app")
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    return path
