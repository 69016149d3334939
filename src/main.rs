use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    ticketbox::cli::execute(ticketbox::cli::Cli::parse())
}
