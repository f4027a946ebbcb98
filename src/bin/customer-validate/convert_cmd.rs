//! `customer-validate convert`: canonical customers (or one provider's payloads) to a
//! provider's payloads, over JSON Lines, with `validate`'s reader and report.

use crate::options_arg::OptionArgs;
use crate::progress::Progress;
use crate::validate_cmd::{run_jsonl, Output};
use crate::{input, parse_flags, pipeline, Usage};
use customer_validate::customer::{Customer, RequestContext};
use customer_validate::providers::parse_json;
use customer_validate::rules::Normalized;
use customer_validate::{Operation, Options, Provider, Report};
use std::io;

struct Args {
    to: Option<Provider>,
    from: Option<Provider>,
    operation: Operation,
    context: RequestContext,
    file: Option<String>,
    options: Options,
    jobs: usize,
}

fn parse_args(args: &[String]) -> Result<Args, Usage> {
    let mut to = None;
    let mut from = None;
    let mut operation = Operation::Create;
    let mut context = RequestContext::default();
    let mut timestamp_given = false;
    let mut options = OptionArgs::default();
    let mut jobs = pipeline::default_jobs();
    let file = parse_flags(args, |arg, v| {
        match arg {
            "--to" => to = Some(v.value("--to")?.parse::<Provider>()?),
            "--from" => from = Some(v.value("--from")?.parse::<Provider>()?),
            "--operation" => {
                operation = match v.value("--operation")?.parse::<Operation>()? {
                    op @ (Operation::Create | Operation::Update) => op,
                    other => {
                        return Err(format!("convert has create and update, not {other}").into())
                    }
                }
            }
            "--account" => context.account = Some(v.value("--account")?),
            "--timestamp" => {
                let t = v.value("--timestamp")?;
                context.timestamp_ms = Some(
                    t.parse()
                        .map_err(|_| format!("--timestamp takes milliseconds, not '{t}'"))?,
                );
                timestamp_given = true;
            }
            "--customer-id" => context.customer_id = Some(v.value("--customer-id")?),
            "--jobs" => jobs = pipeline::parse_jobs(&v.value("--jobs")?)?,
            "--options" => options.set_json(v.value("--options")?)?,
            "--region" => options.region = Some(v.value("--region")?),
            "--deliverable" => options.deliverable = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let options = options.build()?;
    if to.is_none() && from.is_none() {
        return Err("convert needs --to, --from or both".into());
    }
    if to == Some(Provider::Calypso) && !timestamp_given {
        // The envelope's request time: now, unless given (the library has no clock).
        context.timestamp_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_millis()).ok());
    }
    Ok(Args {
        to,
        from,
        operation,
        context,
        file,
        options,
        jobs,
    })
}

/// Runs the command; `Ok(true)` when every record converted.
pub(crate) fn main(args: &[String]) -> Result<io::Result<bool>, Usage> {
    let args = parse_args(args)?;
    Ok(run(&args))
}

/// One line: read (canonical, or `from`'s payload), then convert to `to` or answer the
/// canonical customer.
fn convert(args: &Args, text: &str) -> Result<Normalized, Report> {
    let o = &args.options;
    let value = parse_json(text, o)?;
    let customer = match args.from {
        Some(from) => Customer::validate(&Customer::from_payload(from, &value)?, o)?,
        None => Customer::parse(&value, o)?.0,
    };
    match args.to {
        Some(to) => customer.to_payload_with(to, args.operation, &args.context, o),
        None => Ok(Normalized {
            value: serde_json::to_value(&customer).unwrap_or_default(),
            warnings: Vec::new(),
        }),
    }
}

fn run(args: &Args) -> io::Result<bool> {
    let input = input::open(args.file.as_deref())?;
    let mut output = Output::new(input::stdout());
    let progress = Progress::new(input.len);
    run_jsonl(
        input.reader,
        &args.options,
        args.jobs,
        &mut output,
        &progress,
        |text| convert(args, text),
    )?;
    progress.finish();
    let from = args.from.map_or("customer", Provider::as_str);
    let label = match args.to {
        Some(to) => format!("{from} -> {to} {}", args.operation),
        None => format!("{from} -> customer"),
    };
    output.finish(&label)
}
