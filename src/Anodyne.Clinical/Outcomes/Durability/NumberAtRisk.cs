namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>Patients still followed and without relapse at the start of a day, for the table under a survival chart.</summary>
public sealed record NumberAtRisk(int Day, int Patients);
