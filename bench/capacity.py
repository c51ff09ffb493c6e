"""The national capacity arithmetic behind docs/capacity.md: prints the figures as Markdown.

Run: .venv/bin/python bench/capacity.py [--phone-share 0.5] [--calls-per-contact 1.3]
Every assumption is a flag; the defaults and their sources are explained in docs/capacity.md.
"""

from __future__ import annotations

import argparse
import math

from queueing.erlang import agents_needed

# Share of national contacts by province (assumption from population and retail sales weight;
# see docs/capacity.md). The rest are spread over the other 25 provinces.
BUSIEST = {"gd": 0.13, "zj": 0.08, "js": 0.08, "sd": 0.065, "bj": 0.05, "sh": 0.05}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts-per-year", type=float, default=29.4e6)
    parser.add_argument("--phone-share", type=float, default=0.5)
    parser.add_argument("--calls-per-contact", type=float, default=1.3)
    parser.add_argument("--peak-day-factor", type=float, default=2.0, help="peak day / average open day")
    parser.add_argument("--open-days", type=float, default=300)
    parser.add_argument("--busy-hour-share", type=float, default=0.14, help="busiest hour's share of a day")
    parser.add_argument("--ivr-seconds", type=float, default=110, help="time in the menus before queueing")
    parser.add_argument("--agent-aht", type=float, default=300, help="talk + wrap-up seconds")
    parser.add_argument("--calls-per-worker", type=float, default=2000, help="concurrent calls per FastAGI process")
    parser.add_argument("--events-per-call", type=float, default=8)
    args = parser.parse_args()

    calls_year = args.contacts_per_year * args.phone_share * args.calls_per_contact
    calls_avg_day = calls_year / args.open_days
    calls_peak_day = calls_avg_day * args.peak_day_factor
    busy_hour_calls = calls_peak_day * args.busy_hour_share
    peak_cps = busy_hour_calls / 3600
    # Concurrent calls: Little's law over menus + waiting + talking.
    concurrent_ivr = peak_cps * args.ivr_seconds
    print("| figure | value |\n| --- | --- |")
    rows = [
        ("telephone calls per year", f"{calls_year / 1e6:.1f} million"),
        ("calls on an average open day", f"{calls_avg_day:,.0f}"),
        ("calls on a peak day", f"{calls_peak_day:,.0f}"),
        ("calls in the busiest hour (national)", f"{busy_hour_calls:,.0f}"),
        ("peak calls per second (national)", f"{peak_cps:.1f}"),
        ("concurrent calls in the menus (Little's law)", f"{concurrent_ivr:,.0f}"),
    ]
    total_agents = 0
    centre_rows = []
    for centre, share in [*BUSIEST.items(), ("other (each of 25)", (1 - sum(BUSIEST.values())) / 25)]:
        rate = peak_cps * share
        staffing = agents_needed(rate, args.agent_aht, 0.8, 20)
        count = 25 if centre.startswith("other") else 1
        total_agents += staffing.agents * count
        centre_rows.append((centre, rate, staffing))
    concurrent_talk = peak_cps * args.agent_aht
    concurrent_total = concurrent_ivr + concurrent_talk
    workers = math.ceil(concurrent_total / args.calls_per_worker)
    rows += [
        ("concurrent calls with agents", f"{concurrent_talk:,.0f}"),
        ("concurrent calls in all (menus + queue + agents)", f"{concurrent_total:,.0f}"),
        ("agents on duty in the busy hour (all centres, Erlang C 80/20)", f"{total_agents:,}"),
        (f"FastAGI workers at {args.calls_per_worker:.0f} calls each (+1 spare per host pair)", f"{workers}"),
        ("event stream writes per second (peak)", f"{peak_cps * args.events_per_call:.0f}"),
        ("database rows per second (peak, ~25 rows per call)", f"{peak_cps * 25:.0f}"),
    ]
    for name, value in rows:
        print(f"| {name} | {value} |")
    print("\n| centre | busy-hour calls/s | erlangs | agents for 80/20 | P(wait) | ASA s | occupancy |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for centre, rate, s in centre_rows:
        print(f"| {centre} | {rate:.2f} | {s.traffic_erlangs:.1f} | {s.agents} | {s.wait_probability:.2f} "
              f"| {s.asa_seconds:.1f} | {s.occupancy:.2f} |")


if __name__ == "__main__":
    main()
