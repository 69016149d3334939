//! Server-rendered SVG charts for the dashboard: the geometry is computed here and drawn by
//! `templates/chart.html` (no JavaScript; the SVG scales to the page's width through its
//! `viewBox`, so it reads on a phone). Every bar and point carries a `<title>` with its exact
//! figure, and the pages show the same figures in a table next to each chart.

const WIDTH: f64 = 640.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;

/// A rectangle (a bar) with its tooltip.
pub struct Rect {
    pub x: String,
    pub y: String,
    pub w: String,
    pub h: String,
    pub class: &'static str,
    pub title: String,
}

/// A label on an axis.
pub struct Label {
    pub x: String,
    pub y: String,
    pub text: String,
    pub anchor: &'static str,
}

/// A point of a line, with its tooltip.
pub struct Point {
    pub x: String,
    pub y: String,
    pub title: String,
}

/// One series drawn as a line through its points (days without data leave a gap).
pub struct Line {
    pub class: &'static str,
    pub segments: Vec<String>,
    pub points: Vec<Point>,
}

/// A chart ready for the template.
pub struct Chart {
    pub id: &'static str,
    /// What the chart shows, for screen readers (`aria-label`).
    pub label: String,
    pub height: String,
    pub view_box: String,
    /// Horizontal grid lines' y.
    pub grid: Vec<String>,
    pub x_axis_y: String,
    pub x_labels: Vec<Label>,
    pub y_labels: Vec<Label>,
    pub bars: Vec<Rect>,
    pub lines: Vec<Line>,
    /// Legend entries: CSS class and text.
    pub legend: Vec<(&'static str, String)>,
}

fn n(v: f64) -> String {
    format!("{v:.1}")
}

/// A round top for an axis (1, 2 or 5 times a power of ten) with at most `ticks` steps; counts
/// (`whole`) step by 1 at least.
fn nice(max: f64, ticks: u32, whole: bool) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 1.0);
    }
    let mut raw = max / f64::from(ticks);
    if whole {
        raw = raw.max(1.0);
    }
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power);
    ((max / step).ceil() * step, step)
}

struct Frame {
    height: f64,
    top: f64,
    step: f64,
}

impl Frame {
    fn new(height: f64, max: f64, whole: bool) -> Self {
        let (top, step) = nice(max, 4, whole);
        Self { height, top, step }
    }

    fn plot_height(&self) -> f64 {
        self.height - TOP - BOTTOM
    }

    fn y(&self, v: f64) -> f64 {
        TOP + self.plot_height() * (1.0 - v / self.top)
    }

    fn chart(&self, id: &'static str, label: String, y_text: impl Fn(f64) -> String) -> Chart {
        let mut grid = Vec::new();
        let mut y_labels = Vec::new();
        let mut v = 0.0;
        while v <= self.top + self.step / 2.0 {
            let y = self.y(v);
            grid.push(n(y));
            y_labels.push(Label {
                x: n(LEFT - 6.0),
                y: n(y + 4.0),
                text: y_text(v),
                anchor: "end",
            });
            v += self.step;
        }
        Chart {
            id,
            label,
            height: n(self.height),
            view_box: format!("0 0 {WIDTH} {}", n(self.height)),
            grid,
            x_axis_y: n(self.y(0.0)),
            x_labels: Vec::new(),
            y_labels,
            bars: Vec::new(),
            lines: Vec::new(),
            legend: Vec::new(),
        }
    }
}

/// The x labels of `labels.len()` equal slots: every `every`-th slot, and the last.
fn x_labels(labels: &[String], slot: f64, y: f64, every: usize) -> Vec<Label> {
    labels
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0 || *i + 1 == labels.len())
        .map(|(i, text)| Label {
            x: n(LEFT + slot * (f64::from(u32::try_from(i).unwrap_or(0)) + 0.5)),
            y: n(y),
            text: text.clone(),
            anchor: "middle",
        })
        .collect()
}

/// One series of a bar chart.
pub struct Series<'a> {
    pub class: &'static str,
    pub name: &'a str,
    pub values: &'a [usize],
}

/// Bars side by side per slot (e.g. tickets opened and closed per day).
pub fn grouped_bars(id: &'static str, label: String, slots: &[String], series: &[Series]) -> Chart {
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .max()
        .unwrap_or(0);
    let frame = Frame::new(
        220.0,
        f64::from(u32::try_from(max).unwrap_or(u32::MAX)),
        true,
    );
    let mut chart = frame.chart(id, label, |v| format!("{v}"));
    let count = f64::from(u32::try_from(slots.len().max(1)).unwrap_or(1));
    let slot = (WIDTH - LEFT - RIGHT) / count;
    let kinds = f64::from(u32::try_from(series.len().max(1)).unwrap_or(1));
    let bar = slot * 0.8 / kinds;
    for (k, s) in series.iter().enumerate() {
        let k = f64::from(u32::try_from(k).unwrap_or(0));
        for (i, value) in s.values.iter().enumerate() {
            let v = f64::from(u32::try_from(*value).unwrap_or(u32::MAX));
            let x = LEFT + slot * f64::from(u32::try_from(i).unwrap_or(0)) + slot * 0.1 + bar * k;
            let y = frame.y(v);
            chart.bars.push(Rect {
                x: n(x),
                y: n(y),
                w: n(bar),
                h: n(frame.y(0.0) - y),
                class: s.class,
                title: super::lang::render(&crate::msg!(
                    "web-chart-point",
                    slot = slots.get(i).map_or("", String::as_str),
                    series = s.name,
                    value = value.to_string()
                )),
            });
        }
        chart.legend.push((s.class, s.name.to_owned()));
    }
    chart.x_labels = x_labels(slots, slot, frame.height - 6.0, 5);
    chart
}

/// Lines over the same slots (e.g. the daily median first response), `None` where a slot has
/// no figure; `text` labels the values (axis and tooltips).
pub fn lines(
    id: &'static str,
    label: String,
    slots: &[String],
    series: &[(&'static str, &str, Vec<Option<f64>>)],
    text: impl Fn(f64) -> String,
) -> Chart {
    let max = series
        .iter()
        .flat_map(|(_, _, v)| v.iter().flatten().copied())
        .fold(0.0, f64::max);
    let frame = Frame::new(200.0, max, false);
    let mut chart = frame.chart(id, label, &text);
    let count = f64::from(u32::try_from(slots.len().max(1)).unwrap_or(1));
    let slot = (WIDTH - LEFT - RIGHT) / count;
    for (class, name, values) in series {
        let mut line = Line {
            class,
            segments: Vec::new(),
            points: Vec::new(),
        };
        let mut run: Vec<String> = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let Some(v) = value else {
                if run.len() > 1 {
                    line.segments.push(run.join(" "));
                }
                run.clear();
                continue;
            };
            let x = LEFT + slot * (f64::from(u32::try_from(i).unwrap_or(0)) + 0.5);
            let y = frame.y(*v);
            run.push(format!("{},{}", n(x), n(y)));
            line.points.push(Point {
                x: n(x),
                y: n(y),
                title: super::lang::render(&crate::msg!(
                    "web-chart-point",
                    slot = slots.get(i).map_or("", String::as_str),
                    series = *name,
                    value = text(*v)
                )),
            });
        }
        if run.len() > 1 {
            line.segments.push(run.join(" "));
        }
        chart.lines.push(line);
        chart.legend.push((class, (*name).to_owned()));
    }
    chart.x_labels = x_labels(slots, slot, frame.height - 6.0, 5);
    chart
}

/// Horizontal bars, one per row (e.g. how many ratings gave each number of stars).
pub fn horizontal_bars(id: &'static str, label: String, rows: &[(String, usize)]) -> Chart {
    let row_h = 26.0;
    let height = TOP + row_h * f64::from(u32::try_from(rows.len()).unwrap_or(0)) + BOTTOM;
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let (top, _) = nice(f64::from(u32::try_from(max).unwrap_or(u32::MAX)), 4, true);
    let plot = WIDTH - LEFT - RIGHT - 48.0;
    let mut chart = Chart {
        id,
        label,
        height: n(height),
        view_box: format!("0 0 {WIDTH} {}", n(height)),
        grid: Vec::new(),
        x_axis_y: n(height - BOTTOM),
        x_labels: Vec::new(),
        y_labels: Vec::new(),
        bars: Vec::new(),
        lines: Vec::new(),
        legend: Vec::new(),
    };
    for (i, (name, value)) in rows.iter().enumerate() {
        let y = TOP + row_h * f64::from(u32::try_from(i).unwrap_or(0));
        let w = plot * f64::from(u32::try_from(*value).unwrap_or(u32::MAX)) / top;
        chart.bars.push(Rect {
            x: n(LEFT),
            y: n(y + 4.0),
            w: n(w),
            h: n(row_h - 8.0),
            class: "s1",
            title: super::lang::t2("web-chart-bar", "name", name, "value", value),
        });
        chart.y_labels.push(Label {
            x: n(LEFT - 6.0),
            y: n(y + row_h / 2.0 + 4.0),
            text: name.clone(),
            anchor: "end",
        });
        chart.x_labels.push(Label {
            x: n(LEFT + w + 6.0),
            y: n(y + row_h / 2.0 + 4.0),
            text: value.to_string(),
            anchor: "start",
        });
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice(0.0, 4, true), (1.0, 1.0));
        assert_eq!(
            nice(1.0, 4, true),
            (1.0, 1.0),
            "counts step by whole numbers"
        );
        assert_eq!(nice(1.0, 4, false), (1.0, 0.5));
        assert_eq!(nice(3.0, 4, true), (3.0, 1.0));
        assert_eq!(nice(7.0, 4, true), (8.0, 2.0));
        assert_eq!(nice(95.0, 4, false), (100.0, 50.0));
        assert_eq!(nice(1234.0, 4, true), (1500.0, 500.0));
    }

    #[test]
    fn bars_stand_on_the_axis_and_scale_to_the_top() {
        let slots: Vec<String> = vec!["a".into(), "b".into()];
        let chart = grouped_bars(
            "c",
            "test".into(),
            &slots,
            &[
                Series {
                    class: "s1",
                    name: "opened",
                    values: &[4, 0],
                },
                Series {
                    class: "s2",
                    name: "closed",
                    values: &[2, 1],
                },
            ],
        );
        assert_eq!(chart.bars.len(), 4);
        let axis: f64 = chart.x_axis_y.parse().unwrap();
        for b in &chart.bars {
            let (y, h): (f64, f64) = (b.y.parse().unwrap(), b.h.parse().unwrap());
            assert!((y + h - axis).abs() < 0.11, "{} + {} vs {axis}", b.y, b.h);
        }
        // 4 is the axis top: its bar is the full plot height.
        assert_eq!(chart.bars[0].y, n(TOP));
        assert_eq!(chart.bars[0].title, "a: opened 4");
        assert_eq!(chart.bars[1].h, "0.0");
        assert_eq!(chart.legend.len(), 2);
    }

    #[test]
    fn lines_break_where_a_day_has_no_figure() {
        let slots: Vec<String> = (1..=5).map(|d| d.to_string()).collect();
        let chart = lines(
            "t",
            "trend".into(),
            &slots,
            &[(
                "s1",
                "median",
                vec![Some(1.0), Some(2.0), None, Some(4.0), Some(3.0)],
            )],
            |v| format!("{v}m"),
        );
        let line = &chart.lines[0];
        assert_eq!(line.points.len(), 4);
        assert_eq!(line.segments.len(), 2, "{:?}", line.segments);
        assert_eq!(line.points[2].title, "4: median 4m");
    }
}
