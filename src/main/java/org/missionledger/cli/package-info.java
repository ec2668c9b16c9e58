/**
 * The command line in the application jar (picocli): {@code serve} (the default), {@code import}, {@code export}, …
 * Each subcommand is one class; commands other than {@code serve} run the application without its web server on the
 * same store configuration. Exit codes and usage: {@code docs/cli.md}.
 */
package org.missionledger.cli;
