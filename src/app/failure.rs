//! How a command ends: the lines to print and the exit code. `cli` maps it to the process's
//! exit; everything in `app` returns it.

/// Exit code for bad input: configuration, key or arguments.
pub const EXIT_BAD_INPUT: u8 = 2;
/// Exit code for a failure at run time (database, port, I/O) or an unhealthy healthcheck.
pub const EXIT_FAILURE: u8 = 1;

/// A command's failure: what to print (one line each) and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub lines: Vec<String>,
}

impl Failure {
    pub fn bad_input(line: impl Into<String>) -> Self {
        Self {
            code: EXIT_BAD_INPUT,
            lines: vec![line.into()],
        }
    }

    pub fn failed(line: impl Into<String>) -> Self {
        Self {
            code: EXIT_FAILURE,
            lines: vec![line.into()],
        }
    }
}

/// `ticketbox run`'s options, as plain values (the command line parses them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// Delete the Discord entity cache before starting; the gateway refills it.
    pub reset_cache: bool,
}

/// What `transcript get` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranscriptFormat {
    Json,
    Html,
    Text,
}
