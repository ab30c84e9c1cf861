use std::process::ExitCode;

fn main() -> ExitCode {
    tariff_finder::cli::main()
}
