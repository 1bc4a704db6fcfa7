namespace Serverless.Publishing.Enrichment.Local.Text;

/// <summary>Azure AI Language's entity category and subcategory names.</summary>
internal static class EntityCategories
{
    public const string Person = "Person";
    public const string Location = "Location";
    public const string Organization = "Organization";
    public const string DateTime = "DateTime";
    public const string Quantity = "Quantity";

    public const string Date = "Date";
    public const string DateRange = "DateRange";
    public const string Time = "Time";
    public const string Duration = "Duration";
    public const string Number = "Number";
    public const string Currency = "Currency";
    public const string Percentage = "Percentage";
    public const string Dimension = "Dimension";
    public const string Ordinal = "Ordinal";

    /// <summary>Candidate priorities: precise patterns beat context rules beat tagger guesses.</summary>
    public const int PatternPriority = 30;
    public const int ContextPriority = 20;
    public const int TaggerPriority = 10;
}
