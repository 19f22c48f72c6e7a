import PlaceworksCommands
PlaceCommand.main()
