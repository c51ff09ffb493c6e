"""Prometheus metrics, structured JSON logs with the call id on every line, health endpoints."""

from __future__ import annotations

import contextvars
import functools
import json
import logging
import re
import time
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Gauge, generate_latest

from ivr.observability_tallies import CounterFamily, GaugeFamily, HistogramFamily
from ivr.privacy import mask_number

AGI_COMMAND_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5)

current_call_id: contextvars.ContextVar[str] = contextvars.ContextVar("current_call_id", default="-")

# The call path's metrics: plain tallies, made into the same Prometheus families at scrape time.
CALLS_IN_NODE = GaugeFamily("ivr_calls_in_node", "Calls currently at each menu node", ["menu", "node"])
CALLS_ACTIVE = GaugeFamily("ivr_calls_active", "Calls in progress", ["transport"])
CALLS_ENDED = CounterFamily("ivr_calls_ended_total", "Calls ended, by outcome", ["transport", "outcome"])
NODE_DROPOUT = CounterFamily("ivr_node_dropout_total", "Caller hangups by the node they left at", ["menu", "node"])
NODE_VISITS = CounterFamily("ivr_node_visits_total", "Node visits", ["menu", "node"])
SPEECH_DECISIONS = CounterFamily("ivr_speech_decisions_total", "Speech decisions (accept/confirm/fallback...)",
                                 ["slot", "decision"])
AGI_COMMAND_SECONDS = HistogramFamily("ivr_agi_command_seconds", "AGI command round-trip time", ["command"],
                                      buckets=AGI_COMMAND_BUCKETS)
# Updated every few seconds, off the call path: prometheus_client's own gauges.
QUEUE_WAITING = Gauge("ivr_queue_waiting", "Calls waiting per centre", ["centre"])
QUEUE_LONGEST_WAIT = Gauge("ivr_queue_longest_wait_seconds", "Longest current wait per centre", ["centre"])
AGENTS_BY_STATE = Gauge("ivr_agents", "Agents per centre and state", ["centre", "state"])
WRITER_LAG = Gauge("ivr_records_writer_lag_events", "Events in the stream not yet written by the records writer")



@functools.lru_cache(maxsize=8192)
def bound(metric: Any, *labels: str) -> Any:
    """``metric.labels(*labels)``, looked up once per process: prometheus_client's own lookup
    (label checks, a lock) costs more than the observation it is for on the call path."""
    return metric.labels(*labels)


_NUMBER = re.compile(r"(?<!\d)(\+?\d{7,15})(?!\d)")


def mask_numbers_in(text: str) -> str:
    """Defence in depth: anything that looks like a phone number in a log line is masked."""
    return _NUMBER.sub(lambda m: mask_number(m.group(1)), text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "call_id": getattr(record, "call_id", None) or current_call_id.get(),
            "msg": mask_numbers_in(record.getMessage()),
        }
        if record.exc_info:
            entry["exc"] = mask_numbers_in(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record.call_id = getattr(record, "call_id", None) or current_call_id.get()
        return mask_numbers_in(super().format(record))


def configure_logging(json_logs: bool, level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    if json_logs:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s [%(call_id)s] %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def metrics_payload() -> tuple[bytes, str]:
    return generate_latest(), CONTENT_TYPE_LATEST
