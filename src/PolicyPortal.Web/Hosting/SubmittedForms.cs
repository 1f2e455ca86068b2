using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// A form that creates something carries a form id issued with the page. Its first post does the work; a second post
/// of the same form (a double click, a resubmit after Back) does nothing and gets the first one's answer, also when
/// both arrive at once, and also when the two posts reach different servers (<see cref="IFormAnswers"/> is then shared).
/// A refused post (the work answers null) is not kept: the corrected form may be posted again.
/// </summary>
public sealed class SubmittedForms(IFormAnswers answers, CurrentInstitution institution)
{
    /// <param name="scope">The form (e.g. "staff-bulk"), so one page's forms sharing an id do not answer for each other.</param>
    /// <param name="work">Does the work and answers what the page replays (a message, a redirect target), or null if refused.</param>
    public Task<string?> OnceAsync(string scope, Guid formId, Func<Task<string?>> work) =>
        formId == Guid.Empty ? work() : answers.OnceAsync($"{institution.Id}:{scope}:{formId}", work);
}
