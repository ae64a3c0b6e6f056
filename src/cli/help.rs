//! `--help` in the user's language, as far as clap allows: the program's and each command's
//! description, every argument's help, the headings and the help flag come from the interface
//! messages; clap's own words (its usage line's pattern, value names) stay as they are.

use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Messages};

/// The language `--help` speaks: `--lang xx` among the arguments, else the system's.
pub fn help_language(args: &[String]) -> &'static str {
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang=") {
            Some(v) => Some(v.to_owned()),
            None if word == "--lang" => words.next().cloned(),
            None => None,
        };
        if let Some(v) = value {
            return i18n::supported(&v);
        }
    }
    i18n::system_language()
}

/// The command line's `Command` in `lang` (English as the code documents it).
pub fn localized(command: Command, lang: &str) -> Command {
    let msgs = Messages::new(lang);
    let lang = msgs.lang();
    // The long help of a program is its short one plus what opens the window.
    let command = command.after_help(msgs.get("help-after"));
    if lang == "en" {
        return command;
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    let mut command = translate(command, &msgs, "help-about")
        .disable_help_subcommand(true)
        .help_template(template(&msgs, true))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(msgs.get("help-version-flag")),
        );
    for name in names {
        let id = format!("help-command-{name}");
        command = command.mut_subcommand(&name, |c| {
            translate(c, &msgs, &id).help_template(template(&msgs, false))
        });
    }
    command
}

/// `command` with its description, its arguments' help and its help flag in `msgs`.
fn translate(command: Command, msgs: &Messages, about_id: &str) -> Command {
    let mut command = command
        .about(msgs.get(about_id))
        .long_about(None)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(msgs.get("help-flag")),
        );
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .filter(|id| id != "help" && id != "version")
        .collect();
    for id in ids {
        let message = format!("help-arg-{id}");
        let text = msgs.get(&message);
        if text != message {
            command = command.mut_arg(&id, |a| a.help(text.clone()));
        }
    }
    command
}

/// The help page's layout with its headings in `msgs`.
fn template(msgs: &Messages, top: bool) -> String {
    let usage = msgs.get("help-usage");
    let args = msgs.get("help-arguments");
    let options = msgs.get("help-options");
    if top {
        let commands = msgs.get("help-commands");
        format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{commands}:\n{{subcommands}}\n\n{args}:\n{{positionals}}\n\n{options}:\n{{options}}{{after-help}}"
        )
    } else {
        format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{args}:\n{{positionals}}\n\n{options}:\n{{options}}"
        )
    }
}
