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
    /// «Сведения об образовательной организации → Документы» (приказ Рособрнадзора № 1493, п. 27). Default
    /// «modeDocLink» (the «режим занятий обучающихся» row, the closest to an order on interaction with students); a
    /// setting, because the official list of names is not at hand and a college may file the order under another row
    /// (docs/microdata.md, «Решение»).
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,63}$", ErrorMessage = "PublicPages:DocumentItemprop: латинские буквы и цифры, с буквы.")]
    public string DocumentItemprop { get; set; } = "modeDocLink";
}
