using PolicyPortal.Domain.Staff;

namespace PolicyPortal.UnitTests.Staff;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("petrov@uvarovo-college.ru")]
    [InlineData("o.kuharskaya@mail.uvarovo.ru")]
    [InlineData("director@школа.рф")]
    [InlineData(" ivanova@college.test ")]
    public void Deliverable_addresses_pass(string email) => Assert.True(EmailAddresses.IsWellFormed(email));

    [Theory]
    [InlineData("petrov@uvarovo-college")]
    [InlineData("rybakov@")]
    [InlineData("@college.ru")]
    [InlineData("petrov@@college.ru")]
    [InlineData("petrov@college..ru")]
    [InlineData("petrov@college.r")]
    [InlineData("petrov@college.123")]
    [InlineData("pet rov@college.ru")]
    [InlineData("petrov@-college.ru")]
    [InlineData("petrov.@college.ru")]
    [InlineData("")]
    public void Undeliverable_addresses_fail(string email) => Assert.False(EmailAddresses.IsWellFormed(email));
}
