namespace NewsNlp.Extraction.Entities;

/// <summary>
/// The <see cref="EntityTagger"/>'s per-thread buffers: grown to the longest sentence and document seen, then
/// reused, so tagging allocates nothing per token.
/// </summary>
internal sealed class TaggerScratch
{
    private const int L = EntityLabels.Count;

    public TokenInfo[] Info = new TokenInfo[256];
    public float[] Emissions = new float[256 * L];
    public byte[] Back = new byte[256 * L];
    public DocumentFeatures Document = new();
    public List<EntitySpan> Spans = new(64);   // the result is copied out, so one list serves every document
    public byte[] DocumentLabels = new byte[1024];
    public DocumentConsistency Consistency = new();
    public FirstPassVotes Votes = new();
    public byte[] FirstPassLabels = [];
    public TokenInfo[] DocumentInfo = [];
    public int[] SecondSums = [];

    // The two-pass buffers, one entry (or one stride of rows) per token of the document.
    public void EnsureTokens(int n)
    {
        if (FirstPassLabels.Length < n)
        {
            int size = Math.Max(n, FirstPassLabels.Length * 2);
            FirstPassLabels = new byte[size];
            DocumentInfo = new TokenInfo[size];
            SecondSums = new int[size * L];
        }
    }

    public void EnsureDocument(int n)
    {
        if (DocumentLabels.Length < n)
        {
            DocumentLabels = new byte[Math.Max(n, DocumentLabels.Length * 2)];
        }
    }

    public void Ensure(int n)
    {
        if (Info.Length < n)
        {
            int size = Math.Max(n, Info.Length * 2);
            Info = new TokenInfo[size];
            Emissions = new float[size * L];
            Back = new byte[size * L];
        }
    }
}
