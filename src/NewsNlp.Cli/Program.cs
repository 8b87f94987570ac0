using NewsNlp.Cli;

Interruption.Listen();
return CliApp.Run(args);
