from .scenario import ATTACHMENT_KINDS, FORMATS, ScenarioAttachment, ScenarioIndexPage, ScenarioPage
from .taxonomy import Audience, Level, ThematicArea

__all__ = [
    "ATTACHMENT_KINDS",
    "FORMATS",
    "Audience",
    "Level",
    "ScenarioAttachment",
    "ScenarioIndexPage",
    "ScenarioPage",
    "ThematicArea",
]
