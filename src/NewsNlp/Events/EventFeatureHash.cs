namespace NewsNlp.Events;

/// <summary>
/// The 32-bit hashes the event models' features share (FNV-1a steps and a murmur-style finish): one named feature's hash under a
/// model's seed, and the mix of two hashes. The verifier, the role model and the trigger tagger each seed their own, so their
/// weight tables stay apart; the values are what the shipped models were trained on.
/// </summary>
internal static class EventFeatureHash
{
    /// <summary>The FNV-1a prime.</summary>
    public const uint Prime = 16777619;

    private const uint OffsetBasis = 2166136261;

    /// <summary>The hash of the feature "<paramref name="name"/>=<paramref name="value"/>" under <paramref name="seed"/>.</summary>
    public static uint Named(string name, string value, uint seed)
    {
        uint h = OffsetBasis ^ seed;
        foreach (char c in name)
        {
            h = (h ^ c) * Prime;
        }

        h = (h ^ '=') * Prime;
        foreach (char c in value)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>Two hashes combined into one (a conjunction of two features).</summary>
    public static uint Mix(uint a, uint b) => Finish(((a * Prime) ^ b) * 0x27D4EB2F);

    /// <summary>The final avalanche of a hash.</summary>
    public static uint Finish(uint h)
    {
        h ^= h >> 13;
        h *= 0x5BD1E995;
        return h ^ (h >> 15);
    }

    /// <summary>Adds the feature <paramref name="key"/> alone and joined with the event type: what holds for every type, and what holds for this one.</summary>
    public static void AddWithType(uint typeKey, uint key, List<int> features)
    {
        features.Add(SentenceFeaturizer.Bucket(key));
        features.Add(SentenceFeaturizer.Bucket(Mix(typeKey, key)));
    }

    /// <summary>Adds the flag "<paramref name="name"/>" under <paramref name="seed"/>, alone and with the type, when it holds.</summary>
    public static void AddFlag(bool value, string name, uint seed, uint typeKey, List<int> features)
    {
        if (value)
        {
            AddWithType(typeKey, Named("flag", name, seed), features);
        }
    }
}
