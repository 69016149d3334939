//! `GET /servers/{guild}/stats`: the guild's statistics for support staff and admins — the
//! figures of `/stats server`, a 30-day chart of tickets opened and closed, the daily response
//! and resolution trends, the rating distribution and every staff member's figures. Charts are
//! server-rendered SVG ([`crate::web::chart`]), each with its figures in a table too.

use std::time::Duration;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::GuildCtx;
use super::tickets::{name_of, names};
use crate::domain::stats::{self, Spread, StaffStats, TicketTimes, Windows};
use crate::store::stats as rows;
use crate::web::AppState;
use crate::web::chart::{self, Chart, Series};
use crate::web::error::{OrFail, PageError};
use crate::web::view::{self, Chrome, Tab};

/// Days in the chart.
const DAYS: usize = 30;
/// Most staff members listed.
const STAFF_ROWS: usize = 50;

pub struct TimeRow {
    pub what: String,
    pub week: String,
    pub month: String,
    pub all: String,
}

pub struct DayRow {
    pub date: String,
    pub opened: usize,
    pub closed: usize,
    pub response: String,
    pub resolution: String,
}

pub struct StaffRow {
    pub name: String,
    pub claimed: usize,
    pub closed: usize,
    pub answered: usize,
    pub response: String,
    pub rating: String,
}

#[derive(Template)]
#[template(path = "guild/stats.html")]
struct Page {
    chrome: Chrome,
    as_of: String,
    figures: Vec<(String, String)>,
    times: Vec<TimeRow>,
    activity: Chart,
    response: Chart,
    resolution: Chart,
    days: Vec<DayRow>,
    ratings: Chart,
    rating_summary: String,
    staff: Vec<StaffRow>,
}

fn spread(s: &Spread) -> String {
    match (s.average, s.median) {
        (Some(avg), Some(median)) => crate::web::lang::render(&crate::msg!(
            "web-stats-spread",
            average = avg,
            median = median,
            count = s.count
        )),
        _ => crate::web::lang::t("web-stats-no-data"),
    }
}

fn time_row(what: String, w: &Windows<Spread>) -> TimeRow {
    TimeRow {
        what,
        week: spread(&w.week),
        month: spread(&w.month),
        all: spread(&w.all),
    }
}

fn rating(r: &stats::Ratings) -> String {
    r.average.map_or_else(
        || crate::web::lang::t("web-stats-no-ratings"),
        |avg| {
            crate::web::lang::t2(
                "web-stats-rating",
                "average",
                crate::web::lang::current().decimal(avg, 1),
                "count",
                r.count,
            )
        },
    )
}

/// Minutes, for the trend charts' scale.
#[allow(clippy::cast_precision_loss)] // durations in minutes are far below 2^52
fn minutes(d: Option<Duration>) -> Option<f64> {
    d.map(|d| d.as_secs() as f64 / 60.0)
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole minutes
fn minutes_text(m: f64) -> String {
    crate::web::lang::duration(Duration::from_secs(m.max(0.0).round() as u64 * 60))
}

struct Charts {
    activity: Chart,
    response: Chart,
    resolution: Chart,
    ratings: Chart,
}

fn charts(days: &[stats::Day], labels: &[String], given: &[u8]) -> Charts {
    let opened: Vec<usize> = days.iter().map(|d| d.opened).collect();
    let closed: Vec<usize> = days.iter().map(|d| d.closed).collect();
    // The series' names, in the legend and the tooltips.
    let (opened_name, closed_name) = (
        crate::web::lang::t("web-stats-series-opened"),
        crate::web::lang::t("web-stats-series-closed"),
    );
    let (median_name, average_name) = (
        crate::web::lang::t("web-stats-series-median"),
        crate::web::lang::t("web-stats-series-average"),
    );
    let activity = chart::grouped_bars(
        "chart-activity",
        crate::web::lang::n("web-stats-chart-activity", "count", DAYS),
        labels,
        &[
            Series {
                class: "s1",
                name: &opened_name,
                values: &opened,
            },
            Series {
                class: "s2",
                name: &closed_name,
                values: &closed,
            },
        ],
    );
    let trend = |id, label: String, pick: fn(&stats::Day) -> &Spread| {
        chart::lines(
            id,
            label,
            labels,
            &[
                (
                    "s1",
                    median_name.as_str(),
                    days.iter().map(|d| minutes(pick(d).median)).collect(),
                ),
                (
                    "s2",
                    average_name.as_str(),
                    days.iter().map(|d| minutes(pick(d).average)).collect(),
                ),
            ],
            minutes_text,
        )
    };
    let response = trend(
        "chart-response",
        crate::web::lang::n("web-stats-chart-response", "count", DAYS),
        |d| &d.first_response,
    );
    let resolution = trend(
        "chart-resolution",
        crate::web::lang::n("web-stats-chart-resolution", "count", DAYS),
        |d| &d.resolution,
    );
    let distribution = stats::rating_distribution(given);
    let ratings = chart::horizontal_bars(
        "chart-ratings",
        crate::web::lang::t("web-stats-chart-ratings"),
        &(1..=5)
            .rev()
            .map(|stars| (format!("{stars} ★"), distribution[stars - 1]))
            .collect::<Vec<_>>(),
    );
    Charts {
        activity,
        response,
        resolution,
        ratings,
    }
}

/// The headline figures: label and value, in the visitor's language.
fn figures(server: &stats::ServerStats) -> Vec<(String, String)> {
    vec![
        (
            crate::web::lang::t("web-stats-open"),
            server.open.to_string(),
        ),
        (
            crate::web::lang::t("web-stats-total"),
            server.total.to_string(),
        ),
        (
            crate::web::lang::t("web-stats-opened-week"),
            server.opened_week.to_string(),
        ),
        (
            crate::web::lang::t("web-stats-opened-month"),
            server.opened_month.to_string(),
        ),
        (
            crate::web::lang::t("web-stats-average-rating"),
            server.ratings.average.map_or_else(
                || "–".to_owned(),
                |avg| {
                    crate::web::lang::t1(
                        "web-stats-rating-out-of-5",
                        "average",
                        crate::web::lang::current().decimal(avg, 1),
                    )
                },
            ),
        ),
        (
            crate::web::lang::t("web-stats-ratings"),
            server.ratings.count.to_string(),
        ),
    ]
}

pub async fn show(State(core): State<AppState>, ctx: GuildCtx) -> Result<Response, PageError> {
    let guild = ctx.guild;
    let all = rows::rows(&core.db, guild)
        .await
        .or_fail("cannot read the statistics")?;
    let answered = rows::answered_counts(&core.db, guild)
        .await
        .or_fail("cannot read the statistics")?;
    let now = core.clock.now();
    let times: Vec<TicketTimes> = all.iter().map(|r| r.times).collect();
    let given: Vec<u8> = all.iter().filter_map(|r| r.rating).collect();
    let server = stats::server(&times, &given, now);
    let days = stats::daily(&times, now, DAYS);
    drop(times);
    let mut staff: Vec<_> = stats::by_staff(&all, &answered);
    drop(all);
    staff.truncate(STAFF_ROWS);
    let names = names(&core, staff.iter().map(|(u, _)| *u).collect()).await?;

    let labels: Vec<String> = days
        .iter()
        .map(|d| crate::web::lang::current().day(d.start))
        .collect();
    let charts = charts(&days, &labels, &given);
    let page = Page {
        chrome: ctx.chrome(Tab::Stats, None),
        as_of: view::when(now),
        figures: figures(&server),
        times: vec![
            time_row(
                crate::web::lang::t("web-stats-first-response"),
                &server.first_response,
            ),
            time_row(
                crate::web::lang::t("web-stats-resolution"),
                &server.resolution,
            ),
        ],
        activity: charts.activity,
        response: charts.response,
        resolution: charts.resolution,
        days: days
            .iter()
            .zip(&labels)
            .rev()
            .map(|(d, date)| DayRow {
                date: date.clone(),
                opened: d.opened,
                closed: d.closed,
                response: spread(&d.first_response),
                resolution: spread(&d.resolution),
            })
            .collect(),
        ratings: charts.ratings,
        rating_summary: rating(&server.ratings),
        staff: staff
            .iter()
            .map(|(user, s): &(_, StaffStats)| StaffRow {
                name: name_of(&names, *user),
                claimed: s.claimed,
                closed: s.closed,
                answered: s.answered,
                response: spread(&s.first_response),
                rating: rating(&s.ratings),
            })
            .collect(),
    };
    Ok(view::page(StatusCode::OK, &page))
}
