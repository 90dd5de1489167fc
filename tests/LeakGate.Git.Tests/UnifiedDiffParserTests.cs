// Unit tests of UnifiedDiffParser: added lines and their numbers in the new file, across git and plain diff formats.
namespace LeakGate.Git.Tests;

public sealed class UnifiedDiffParserTests
{
    private static IReadOnlyList<AddedFile> Parse(string diff) => UnifiedDiffParser.Parse(new StringReader(diff));

    [Fact]
    public void Git_diff_with_two_files_and_two_hunks_gives_new_line_numbers()
    {
        var files = Parse("""
            diff --git a/src/a.py b/src/a.py
            index 111..222 100644
            --- a/src/a.py
            +++ b/src/a.py
            @@ -1,3 +1,4 @@
             one
            +added two
             three
            -gone
            +four
            @@ -10,2 +11,3 @@ def f():
             ten
            +eleven and a half
             twelve
            diff --git a/new.txt b/new.txt
            new file mode 100644
            --- /dev/null
            +++ b/new.txt
            @@ -0,0 +1,2 @@
            +first
            +second
            """);

        Assert.Equal(2, files.Count);
        Assert.Equal("src/a.py", files[0].Path);
        Assert.Equal([new AddedLine(2, "added two"), new AddedLine(4, "four"), new AddedLine(12, "eleven and a half")], files[0].Lines);
        Assert.Equal("new.txt", files[1].Path);
        Assert.Equal([new AddedLine(1, "first"), new AddedLine(2, "second")], files[1].Lines);
    }

    [Fact]
    public void Plain_diff_u_without_git_headers_and_lines_that_look_like_headers_inside_a_hunk()
    {
        var files = Parse("""
            --- x.txt	2024-01-01 00:00:00
            +++ x.txt	2024-01-02 00:00:00
            @@ -1,2 +1,3 @@
            --- not a header, a removed line starting with --
            +++ an added line starting with ++
            +plain
             kept
            --- y.txt
            +++ y.txt
            @@ -1 +1 @@
            -a
            +b
            """);

        Assert.Equal(["x.txt", "y.txt"], files.Select(f => f.Path));
        Assert.Equal([new AddedLine(1, "++ an added line starting with ++"), new AddedLine(2, "plain")], files[0].Lines);
        Assert.Equal([new AddedLine(1, "b")], files[1].Lines);
    }

    [Fact]
    public void Deleted_files_add_nothing_and_binary_files_are_marked()
    {
        var files = Parse("""
            diff --git a/old.txt b/old.txt
            deleted file mode 100644
            --- a/old.txt
            +++ /dev/null
            @@ -1 +0,0 @@
            -secret
            diff --git a/img.png b/img.png
            Binary files a/img.png and b/img.png differ
            """);

        var binary = Assert.Single(files);
        Assert.Equal("img.png", binary.Path);
        Assert.True(binary.IsBinary);
    }

    [Fact]
    public void Submodules_added_or_moved_are_skipped_with_the_reason_and_a_deleted_one_adds_nothing()
    {
        var files = Parse("""
            diff --git a/vendor/new b/vendor/new
            new file mode 160000
            index 0000000..1111111
            --- /dev/null
            +++ b/vendor/new
            @@ -0,0 +1 @@
            +Subproject commit 1111111111111111111111111111111111111111
            diff --git a/vendor/moved b/vendor/moved
            index 2222222..3333333 160000
            --- a/vendor/moved
            +++ b/vendor/moved
            @@ -1 +1 @@
            -Subproject commit 2222222222222222222222222222222222222222
            +Subproject commit 3333333333333333333333333333333333333333
            diff --git a/vendor/gone b/vendor/gone
            deleted file mode 160000
            index 4444444..0000000
            --- a/vendor/gone
            +++ /dev/null
            @@ -1 +0,0 @@
            -Subproject commit 4444444444444444444444444444444444444444
            diff --git a/app.txt b/app.txt
            index 5555555..6666666 100644
            --- a/app.txt
            +++ b/app.txt
            @@ -0,0 +1 @@
            +Subproject commit is just text here
            """);

        Assert.Equal(["vendor/new", "vendor/moved", "app.txt"], files.Select(f => f.Path));
        Assert.All(files.Take(2), f => Assert.Equal("skipped: git submodule (scan it in its own repository)", f.SkipReason));
        Assert.Empty(files[0].Lines);
        Assert.Null(files[2].SkipReason);
        Assert.Equal([new AddedLine(1, "Subproject commit is just text here")], files[2].Lines);
    }

    [Fact]
    public void Rendered_content_keeps_added_lines_at_their_numbers()
    {
        var bytes = AddedLinesSource.Render([new AddedLine(3, "c"), new AddedLine(1, "a"), new AddedLine(6, "f")]);

        Assert.Equal("a\n\nc\n\n\nf\n", System.Text.Encoding.UTF8.GetString(bytes));
    }
}
