//! `metrics.listen`: the running binary serves `/metrics` alone on its own address, without a
//! token, and the main listener does not (no `metrics.token` configured).

use super::*;

#[test]
fn a_metrics_only_listener_serves_the_exposition() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let listen = format!("127.0.0.1:{port}");
    let (mut child, logs) = spawn(
        dir.path(),
        &data,
        &[("TICKETBOX_METRICS__LISTEN", listen.as_str())],
    );
    let lines = read_until(&logs, "HTTP server listening");
    let event: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    let main: std::net::SocketAddr = event["addr"].as_str().unwrap().parse().unwrap();
    read_until(&logs, "metrics listening at /metrics");
    let get = |addr: &str| {
        let out = Command::new("curl")
            .args([
                "-s",
                "-o",
                "-",
                "-w",
                "\n%{http_code}",
                &format!("http://{addr}/metrics"),
            ])
            .output()
            .expect("curl");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let served = get(&listen);
    assert!(served.ends_with("\n200"), "{served}");
    assert!(served.contains("ticketbox_gateway_connected 0"), "{served}");
    let main_answer = get(&main.to_string());
    assert!(
        main_answer.ends_with("\n404"),
        "no token, not on the main listener: {main_answer}"
    );
    sigterm(&child);
    assert!(wait_with_deadline(&mut child, Duration::from_secs(10)).success());
}
