use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: gateway payloads are parsed into many small
/// allocations, and mimalloc makes serenity's GUILD_CREATE parse ~28% faster than glibc's
/// malloc (see BENCHMARKS.md, `gateway_parse`); musl's allocator, used by the static build, is
/// slower still.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ticketbox::cli::execute(ticketbox::cli::Cli::parse())
}
