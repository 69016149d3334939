//! Data requests from Discord: filed with `/mydata`, announced to the operators, decided on
//! the operator page or the command line, and carried out as a durable job — an export sent to
//! the requester as a DM attachment when it fits (else it waits on the operator page, and they
//! are told), a removal announced by DM before their data goes.

use super::{AppCore, ServiceError, privacy};
use crate::domain::data_requests::{Kind, filed_reply};
use crate::domain::job_kind::JobKind;
use crate::i18n::{Lang, Msg};
use crate::ids::UserId;
use crate::msg;
use crate::store::data_requests::{self as store, DataRequest, InstanceEntry};
use crate::store::jobs;

/// Discord's default upload limit for a message ("Uploading Files": 10 MiB).
pub const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;

/// Files a request for `user`, who reads `lang` (the DMs about it use it); the reply to show
/// them.
pub async fn file(
    core: &AppCore,
    user: UserId,
    kind: Kind,
    lang: Lang,
) -> Result<crate::i18n::Msg, ServiceError> {
    let (request, new) = store::file(&core.db, user, kind, lang, core.clock.now()).await?;
    if new {
        tracing::info!(
            request = request.id,
            kind = kind.as_str(),
            "a data request was filed; operators answer it on the operator page or with `ticketbox data approve`"
        );
        notify_operators(core, &request).await;
    }
    Ok(filed_reply(kind, request.requested_at, !new))
}

/// A DM to each operator, when `dashboard.operator_dms` is on and the bot is connected.
async fn notify_operators(core: &AppCore, request: &DataRequest) {
    if !core.config.dashboard.operator_dms {
        return;
    }
    let Some(discord) = core.discord_port() else {
        return;
    };
    let text = format!(
        "A data request was filed: #{} ({}) by <@{}>. Answer it on the operator page or with `ticketbox data approve {}` within 30 days.",
        request.id,
        request.kind.as_str(),
        request.user,
        request.id
    );
    for operator in &core.config.dashboard.operators {
        let Some(id) = operator.trim().parse::<u64>().ok().filter(|id| *id > 0) else {
            continue;
        };
        if let Err(e) = discord.send_dm(UserId::new(id), &text, None).await {
            tracing::warn!(operator = id, error = %e, "cannot tell an operator about a data request");
        }
    }
}

/// Records an operator action in the instance audit log.
pub async fn audit(core: &AppCore, by: UserId, action: &str, detail: String) {
    let entry = InstanceEntry {
        user: by,
        action: action.to_owned(),
        detail,
        at: core.clock.now(),
    };
    if let Err(e) = store::audit(&core.db, entry).await {
        tracing::error!(error = %e, "cannot record an operator action");
    }
}

/// Approves request `id` (by `by`; 0: the command line) and queues it; the refusal to show
/// when it is not open.
pub async fn approve(core: &AppCore, id: i64, by: UserId) -> Result<Result<(), Msg>, ServiceError> {
    let now = core.clock.now();
    if !store::decide(&core.db, id, true, by, None, now).await? {
        return Ok(Err(msg!("web-operator-request-not-open", id = id)));
    }
    jobs::enqueue(&core.db, JobKind::DataRequest { id }, None, now, now).await?;
    core.wake_jobs();
    audit(core, by, "data_request.approve", format!("request #{id}")).await;
    Ok(Ok(()))
}

/// Refuses request `id` with `reason` (told to the requester by DM when possible).
pub async fn refuse(
    core: &AppCore,
    id: i64,
    by: UserId,
    reason: &str,
) -> Result<Result<(), Msg>, ServiceError> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Ok(Err(msg!("web-operator-refuse-reason-length")));
    }
    let now = core.clock.now();
    if !store::decide(&core.db, id, false, by, Some(reason.to_owned()), now).await? {
        return Ok(Err(msg!("web-operator-request-not-open", id = id)));
    }
    if let (Some(request), Some(discord)) = (store::get(&core.db, id).await?, core.discord_port()) {
        let text = match request.kind {
            Kind::Export => msg!("mydata-dm-refused-export", id = id, reason = reason),
            Kind::Delete => msg!("mydata-dm-refused-delete", id = id, reason = reason),
        }
        .render(request.language);
        if let Err(e) = discord.send_dm(request.user, &text, None).await {
            tracing::warn!(request = id, error = %e, "cannot tell the requester about a refusal");
        }
    }
    audit(
        core,
        by,
        "data_request.refuse",
        format!("request #{id}: {reason}"),
    )
    .await;
    Ok(Ok(()))
}

/// Where an export that could not be sent waits for the operator.
pub fn waiting_export(core: &AppCore, id: i64) -> std::path::PathBuf {
    core.config
        .storage
        .data_dir
        .join("exports")
        .join(format!("request-{id}.json"))
}

/// The job: carries an approved request out.
pub async fn carry_out(core: &AppCore, id: i64) -> Result<(), String> {
    let request = store::get(&core.db, id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("request #{id} is gone"))?;
    if request.state != "approved" {
        return Ok(());
    }
    let discord = core.discord_port();
    let now = core.clock.now();
    match request.kind {
        Kind::Export => {
            let export = privacy::export_user(core, request.user)
                .await
                .map_err(|e| e.to_string())?;
            let bytes = serde_json::to_vec_pretty(&export).map_err(|e| e.to_string())?;
            let text = msg!("mydata-dm-export", id = id).render(request.language);
            let sent = match &discord {
                Some(d) if bytes.len() <= UPLOAD_LIMIT => d
                    .send_dm(
                        request.user,
                        &text,
                        Some(("ticketbox-data.json".to_owned(), bytes.clone())),
                    )
                    .await
                    .map_err(|e| tracing::warn!(request = id, error = %e, "cannot send an export by DM; it waits on the operator page")).is_ok(),
                _ => false,
            };
            if !sent {
                let path = waiting_export(core, id);
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
                }
                crate::files::write_atomic(&path, &bytes, Some(0o600))
                    .map_err(|e| e.to_string())?;
                if let Some(d) = &discord {
                    let told = msg!("mydata-dm-export-waiting", id = id).render(request.language);
                    let _ = d.send_dm(request.user, &told, None).await;
                }
            }
            store::complete(&core.db, id, Some(if sent { "dm" } else { "page" }), now)
                .await
                .map_err(|e| e.to_string())
        }
        Kind::Delete => {
            if let Some(d) = &discord {
                let text = msg!("mydata-dm-removing", id = id).render(request.language);
                if let Err(e) = d.send_dm(request.user, &text, None).await {
                    tracing::warn!(request = id, error = %e, "cannot confirm a removal by DM; removing anyway");
                }
            }
            privacy::purge_user(core, request.user)
                .await
                .map_err(|e| e.to_string())?;
            store::complete(&core.db, id, None, now)
                .await
                .map_err(|e| e.to_string())
        }
    }
}
