namespace LeakGate.Engine.Content;

/// <summary>A string value of a Terraform resource worth reporting: its address (<c>aws_db_instance.main.password</c>), JSON Pointer and text.</summary>
internal sealed record TerraformValue(string Address, string Pointer, string Text);
