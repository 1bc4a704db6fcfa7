using Serverless.SplitterTraining;

return await TrainingCommand.RunAsync(args);
