"""The Lab's components: the draft, the model settings, edit mode, steps, the recap, start over and
the leak test.
"""
