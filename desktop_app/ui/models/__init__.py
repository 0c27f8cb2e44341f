"""Qt table models over the core's DataFrames."""

from desktop_app.ui.models.dataframe_model import RAW_ROLE, ColumnSpec, DataFrameTableModel
from desktop_app.ui.models.incidents_model import IncidentsTableModel
from desktop_app.ui.models.services_model import ServicesTableModel

__all__ = [
    "RAW_ROLE",
    "ColumnSpec",
    "DataFrameTableModel",
    "IncidentsTableModel",
    "ServicesTableModel",
]
