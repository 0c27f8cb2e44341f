"""pyqtgraph building blocks: period axes, stacked bars, interval bars and their shared style."""
