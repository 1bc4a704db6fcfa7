namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>What the unit being read has been so far: the line cut rules of both scripts carry it from line to line.</summary>
internal enum UnitRun
{
    Body,
    Head,
    Advert,

    /// <summary>The short lines of a title under a kicker, on a page without blank lines to end them.</summary>
    Title,

    /// <summary>The reader cut a title off the prose under it: the next unit opens as body, whatever its capitals.</summary>
    Prose,
}
