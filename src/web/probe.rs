//! A minimal HTTP/1.1 GET client over a plain TCP socket, for `ticketbox healthcheck` and tests.
//! It needs no TLS and no client library: it only ever talks to this process's own listener.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Upper bound on a response read by the probe.
const MAX_RESPONSE: u64 = 4 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct ProbeResponse {
    pub status: u16,
    /// Header names lowercased, in order.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl ProbeResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("malformed HTTP response")]
    Malformed,
}

/// `GET path` with optional extra request headers.
pub async fn get(
    addr: SocketAddr,
    path: &str,
    timeout: Duration,
) -> Result<ProbeResponse, ProbeError> {
    get_with(addr, path, &[], timeout).await
}

pub async fn get_with(
    addr: SocketAddr,
    path: &str,
    headers: &[(&str, &str)],
    timeout: Duration,
) -> Result<ProbeResponse, ProbeError> {
    tokio::time::timeout(timeout, exchange(addr, path, headers))
        .await
        .map_err(|_| ProbeError::Timeout(timeout))?
}

async fn exchange(
    addr: SocketAddr,
    path: &str,
    headers: &[(&str, &str)],
) -> Result<ProbeResponse, ProbeError> {
    let mut stream = TcpStream::connect(addr).await?;
    let mut request = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nUser-Agent: ticketbox-probe\r\n"
    );
    for (name, value) in headers {
        let _ = write!(request, "{name}: {value}\r\n");
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.take(MAX_RESPONSE).read_to_end(&mut raw).await?;
    parse(&raw)
}

fn parse(raw: &[u8]) -> Result<ProbeResponse, ProbeError> {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or(ProbeError::Malformed)?;
    let head = std::str::from_utf8(&raw[..split]).map_err(|_| ProbeError::Malformed)?;
    let body = &raw[split + 4..];
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or(ProbeError::Malformed)?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    Ok(ProbeResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, ProbeError> {
    let mut out = Vec::new();
    loop {
        let line_end = data
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or(ProbeError::Malformed)?;
        let size_text =
            std::str::from_utf8(&data[..line_end]).map_err(|_| ProbeError::Malformed)?;
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| ProbeError::Malformed)?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = data.get(..size).ok_or(ProbeError::Malformed)?;
        out.extend_from_slice(chunk);
        data = data.get(size + 2..).ok_or(ProbeError::Malformed)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_and_chunked_bodies() {
        let plain = parse(
            b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n\r\n{\"a\":1}",
        )
        .unwrap();
        assert_eq!(plain.status, 503);
        assert_eq!(plain.header("content-type"), Some("application/json"));
        assert_eq!(plain.body, "{\"a\":1}");
        let chunked = parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n").unwrap();
        assert_eq!(chunked.body, "abcde");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse(b"nonsense").is_err());
        assert!(parse(b"HTTP/1.1 abc\r\n\r\n").is_err());
        assert!(parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").is_err());
        assert!(parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nff\r\nab").is_err());
    }
}
