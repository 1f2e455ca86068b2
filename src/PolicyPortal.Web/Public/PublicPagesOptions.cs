using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Web.Public;

/// <summary>Configuration section «PublicPages».</summary>
public sealed class PublicPagesOptions
{
    public const string Section = "PublicPages";

    /// <summary>False serves every public request fresh (the benchmark compares both).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// The microdata attribute (itemprop) on every link to a published document and its PDF, for the college site's
    /// «Сведения об образовательной организации → Документы» (приказ Рособрнадзора № 1493, п. 27). A setting, not a
    /// constant: which of the subsection's names fits an order on interaction services is not verified (docs/microdata.md).
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,63}$", ErrorMessage = "PublicPages:DocumentItemprop: латинские буквы и цифры, с буквы.")]
    public string DocumentItemprop { get; set; } = "localAct";
}
