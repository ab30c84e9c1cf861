//! How a command fails: a typed exit status, one line saying what went wrong, and a hint saying
//! what to do. Every command returns this; `cli::main` prints it (cleaned) and exits with it.

use std::process::ExitCode;

/// The exit statuses of the public contract (DESIGN section 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// An answer was given (also "nothing fits").
    Answered,
    /// Something outside the input failed: the network, a file that could not be written.
    Failed,
    /// The input was wrong: an argument, a file, a config key.
    BadInput,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Answered => 0,
            Exit::Failed => 1,
            Exit::BadInput => 2,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// A failed command.
#[derive(Debug, PartialEq, Eq)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure {
            exit,
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// Bad input: exit 2.
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure::new(Exit::BadInput, message, hint)
    }

    /// Something else failed: exit 1.
    pub fn failed(message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure::new(Exit::Failed, message, hint)
    }

    /// Without a hint, when there is nothing useful to add.
    pub fn bare(exit: Exit, message: impl Into<String>) -> Failure {
        Failure {
            exit,
            message: message.into(),
            hint: None,
        }
    }
}
