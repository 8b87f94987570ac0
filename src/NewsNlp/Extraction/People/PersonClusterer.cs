namespace NewsNlp.Extraction.People;

/// <summary>
/// Groups person mentions into people: a later "Kakar" or "Mr. Jilani" joins "Anwaar-ul-Haq
/// Kakar" or "Jalil Abbas Jilani" when its words run, in order, inside the fuller name; a fuller
/// name arriving later upgrades the cluster's name.
/// </summary>
internal static class PersonClusterer
{
    /// <summary>Clusters <paramref name="mentions"/> (text order); <paramref name="parts"/> gives each mention's words.</summary>
    public static List<PersonCluster> Cluster(IReadOnlyList<PersonMention> mentions, IReadOnlyList<string[]> parts)
    {
        var clusters = new List<PersonCluster>();

        // Fuller names first, so a short form always finds its full name even when it comes first (headlines).
        var order = new int[mentions.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int byTrust = mentions[b].Trusted.CompareTo(mentions[a].Trusted);
            if (byTrust != 0)
            {
                return byTrust;
            }

            int byLength = parts[b].Length.CompareTo(parts[a].Length);
            return byLength != 0 ? byLength : a.CompareTo(b);
        });

        foreach (int i in order)
        {
            PersonMention mention = mentions[i];
            string[] words = parts[i];
            PersonCluster? target = null;
            foreach (PersonCluster cluster in clusters)
            {
                if (Contains(cluster.Parts, words))
                {
                    // Prefer the cluster whose surname matches a one-word mention.
                    if (target is null || (words.Length == 1 && Same(cluster.Parts[^1], words[0])))
                    {
                        target = cluster;
                    }
                }
            }

            if (target is null)
            {
                if (!mention.Trusted)
                {
                    continue;
                }

                target = new PersonCluster(mention, words);
                clusters.Add(target);
            }
            else
            {
                target.Mentions.Add(mention);
            }

            target.Trusted |= mention.Trusted;
        }

        foreach (PersonCluster cluster in clusters)
        {
            cluster.Mentions.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        }

        clusters.Sort((a, b) => a.Mentions[0].StartToken.CompareTo(b.Mentions[0].StartToken));
        return clusters;
    }

    /// <summary>True when <paramref name="shortForm"/> runs, in order, inside <paramref name="full"/>.</summary>
    public static bool Contains(string[] full, string[] shortForm)
    {
        if (shortForm.Length == 0 || shortForm.Length > full.Length)
        {
            return false;
        }

        for (int i = 0; i + shortForm.Length <= full.Length; i++)
        {
            bool all = true;
            for (int k = 0; k < shortForm.Length && all; k++)
            {
                all = Same(full[i + k], shortForm[k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
