//! `data requests | approve <id> | refuse <id> --reason …`: the operator's side of `/mydata`.
//! While ticketbox runs, an approval is queued for it (it holds the cache and the Discord
//! connection that delivers the export); stopped, the command carries it out itself (an
//! export then waits in the data directory for the operator to hand over).

use super::Failure;
use super::data_requests::running_elsewhere;
use crate::config::Loaded;
use crate::domain::data_requests::{deadline, overdue};
use crate::ids::UserId;
use crate::services::data_requests as service;

/// The command line's "operator" in the instance audit log.
const COMMAND_LINE: UserId = UserId::new(0);

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::failed(format!("cannot start the runtime: {e}")))
}

fn day(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

pub fn list(loaded: &Loaded) -> Result<(), Failure> {
    let db = super::open_database(&loaded.config)?;
    runtime()?.block_on(async {
        let all = crate::store::data_requests::all(&db)
            .await
            .map_err(|e| Failure::failed(e.to_string()))?;
        if all.is_empty() {
            println!("no data requests");
        }
        let now = crate::clock::Clock::now(&crate::clock::SystemClock);
        for r in all {
            let late = r.state == "open" && overdue(r.requested_at, now);
            println!(
                "#{}  {}  user {}  filed {}  due {}  {}{}{}",
                r.id,
                r.kind.as_str(),
                r.user,
                day(r.requested_at.millis()),
                day(deadline(r.requested_at).millis()),
                r.state,
                if late { "  OVERDUE" } else { "" },
                r.reason.map(|why| format!(" ({why})")).unwrap_or_default()
            );
        }
        Ok(())
    })
}

pub fn approve(loaded: Loaded, id: i64) -> Result<(), Failure> {
    let config = super::startup_config(loaded)?;
    let running = running_elsewhere(&config)?;
    let core = if running {
        None
    } else {
        Some(super::prepare(&config, super::RunOptions::default())?.into_core(config.clone()))
    };
    let db = match &core {
        Some(core) => core.db.clone(),
        None => super::open_database(&config)?,
    };
    runtime()?.block_on(async {
        let now = crate::clock::Clock::now(&crate::clock::SystemClock);
        if !crate::store::data_requests::decide(&db, id, true, COMMAND_LINE, None, now)
            .await
            .map_err(|e| Failure::failed(e.to_string()))?
        {
            return Err(Failure::bad_input(format!(
                "request #{id} is not open (data requests lists them)"
            )));
        }
        let entry = crate::store::data_requests::InstanceEntry {
            user: COMMAND_LINE,
            action: "data_request.approve".to_owned(),
            detail: format!("request #{id} (command line)"),
            at: now,
        };
        let _ = crate::store::data_requests::audit(&db, entry).await;
        let Some(core) = core else {
            crate::store::jobs::enqueue(
                &db,
                crate::domain::job_kind::JobKind::DataRequest { id },
                None,
                now,
                now,
            )
            .await
            .map_err(|e| Failure::failed(e.to_string()))?;
            println!("request #{id} approved; the running ticketbox carries it out");
            return Ok(());
        };
        service::carry_out(&core, id)
            .await
            .map_err(Failure::failed)?;
        let path = service::waiting_export(&core, id);
        if path.exists() {
            println!(
                "request #{id} carried out; the export waits in {} — send it to the requester",
                path.display()
            );
        } else {
            println!("request #{id} carried out");
        }
        Ok(())
    })
}

pub fn refuse(loaded: Loaded, id: i64, reason: &str) -> Result<(), Failure> {
    let config = loaded.config;
    let db = super::open_database(&config)?;
    runtime()?.block_on(async {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Failure::bad_input("--reason: say why; it is sent to the requester"));
        }
        let now = crate::clock::Clock::now(&crate::clock::SystemClock);
        if !crate::store::data_requests::decide(&db, id, false, COMMAND_LINE, Some(reason.to_owned()), now)
            .await
            .map_err(|e| Failure::failed(e.to_string()))?
        {
            return Err(Failure::bad_input(format!("request #{id} is not open (data requests lists them)")));
        }
        let entry = crate::store::data_requests::InstanceEntry {
            user: COMMAND_LINE,
            action: "data_request.refuse".to_owned(),
            detail: format!("request #{id} (command line): {reason}"),
            at: now,
        };
        let _ = crate::store::data_requests::audit(&db, entry).await;
        println!("request #{id} refused (the requester is not told from the command line; tell them, or refuse on the operator page)");
        Ok(())
    })
}
